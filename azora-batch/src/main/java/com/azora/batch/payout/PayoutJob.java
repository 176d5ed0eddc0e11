package com.azora.batch.payout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The job's name and how its parameters read. */
final class PayoutJob {

  static final String NAME = "payouts";
  static final int DEFAULT_ITEM_COUNT = 50;

  private PayoutJob() {}

  static LocalDate businessDate(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("businessDate must be an ISO date, was " + value, e);
    }
  }

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
