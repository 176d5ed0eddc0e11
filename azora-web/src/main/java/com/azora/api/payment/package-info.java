/** Payment endpoints: coupon administration and coupon quotes. */
package com.azora.api.payment;
