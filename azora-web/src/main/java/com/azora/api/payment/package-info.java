/**
 * The payments API: placing orders, admin refunds, coupons and quotes, and Stripe's webhook
 * (anonymous, authenticated by its signature instead of a bearer token).
 */
package com.azora.api.payment;
