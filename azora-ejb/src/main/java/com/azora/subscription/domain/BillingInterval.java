package com.azora.subscription.domain;

/** How often a subscription is billed, in calendar months. */
public enum BillingInterval {
  MONTHLY(1),
  ANNUAL(12);

  private final int months;

  BillingInterval(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
