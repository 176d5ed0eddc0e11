package com.azora.payment.domain;

/** How a coupon takes money off: a percentage of the price, or a fixed amount in one currency. */
public enum CouponKind {
  PERCENT,
  AMOUNT
}
