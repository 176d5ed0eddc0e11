package com.azora.batch.settlement;

/** The job's name and how its parameters read. */
final class SettlementJob {

  static final String NAME = "earnings-settlement";
  static final int DEFAULT_ITEM_COUNT = 300;

  private SettlementJob() {}

  static int itemCount(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_ITEM_COUNT;
    }
    int n = Integer.parseInt(value.strip());
    if (n < 1 || n > 10_000) {
      throw new IllegalArgumentException("itemCount is 1 to 10000, was " + n);
    }
    return n;
  }
}
