package com.azora.settlement.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * An instructor's earnings from the ledger: balances per currency, and net sales per course and per
 * month (sales minus refunds) with what was paid out.
 */
public record Earnings(List<Total> totals, List<ByCourse> byCourse, List<ByMonth> byMonth) {

  public Earnings {
    totals = List.copyOf(totals);
    byCourse = List.copyOf(byCourse);
    byMonth = List.copyOf(byMonth);
  }

  /** Pending (inside the refund window), available (ready to pay out) and paid, in one currency. */
  public record Total(String currency, BigDecimal pending, BigDecimal available, BigDecimal paid) {}

  /** One course's sales and refunds in one currency; refunds are negative. */
  public record ByCourse(
      Long courseId,
      String title,
      String currency,
      BigDecimal sales,
      BigDecimal refunds,
      BigDecimal net) {}

  /** One month (UTC, {@code yyyy-MM}) in one currency; refunds are negative, paid positive. */
  public record ByMonth(
      String month,
      String currency,
      BigDecimal sales,
      BigDecimal refunds,
      BigDecimal net,
      BigDecimal paid) {}
}
