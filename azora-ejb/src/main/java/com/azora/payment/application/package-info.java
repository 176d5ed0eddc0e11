/**
 * Payment use cases for pages and the API, each method guarded by a Shiro annotation: coupon
 * administration and quotes, checkout and refunds.
 */
package com.azora.payment.application;
