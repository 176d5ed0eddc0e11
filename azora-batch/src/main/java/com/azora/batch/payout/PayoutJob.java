package com.azora.batch.payout;

/** The job's name and how its parameters read. */
final class PayoutJob {

  static final String NAME = "payouts";
  static final int DEFAULT_ITEM_COUNT = 50;

  private PayoutJob() {}

  static int itemCount(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_ITEM_COUNT;
    }
    int n = Integer.parseInt(value.strip());
    if (n < 1 || n > 1_000) {
      throw new IllegalArgumentException("itemCount is 1 to 1000, was " + n);
    }
    return n;
  }
}
