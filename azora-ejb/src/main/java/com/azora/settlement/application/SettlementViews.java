package com.azora.settlement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What settlement reads return to pages (never entities). */
public final class SettlementViews {

  private SettlementViews() {}

  /** One instructor's settlement of one business date in one currency. */
  public record SettlementRow(
      long id,
      LocalDate businessDate,
      long instructorId,
      String instructorName,
      String instructorEmail,
      String currency,
      BigDecimal amount,
      int items,
      String status,
      Instant createdAt) {}

  /** One settled sale share (SALE) or reversed refund share (REVERSAL). */
  public record ItemRow(
      long id,
      String kind,
      String orderReference,
      String courseTitle,
      BigDecimal amount,
      Long transactionId,
      Instant createdAt) {}
}
