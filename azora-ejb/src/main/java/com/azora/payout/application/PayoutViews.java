package com.azora.payout.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the payout pages show: batches, items and an instructor's payout method. */
public final class PayoutViews {

  private PayoutViews() {}

  /** A batch with its item counts and totals per currency ("120.00 USD, 80.00 EUR"). */
  public record BatchRow(
      long id,
      LocalDate businessDate,
      String status,
      long items,
      long paid,
      long open,
      long failed,
      String totals,
      Instant createdAt) {}

  /** One payout. */
  public record ItemRow(
      long id,
      long batchId,
      LocalDate businessDate,
      long instructorId,
      String instructorName,
      String instructorEmail,
      String currency,
      BigDecimal amount,
      String provider,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      String providerRef,
      Instant paidAt) {

    public String reference() {
      return com.azora.payout.domain.PayoutRules.reference(id);
    }
  }

  /**
   * An instructor's payout method; {@code kind} null when none is set. The account number is shown
   * masked but for its last four characters.
   */
  public record MethodView(
      String kind,
      String stripeAccount,
      boolean payoutsEnabled,
      String holder,
      String maskedAccount,
      String bankCode,
      String country) {

    public boolean usable() {
      return "BANK".equals(kind) || ("STRIPE".equals(kind) && payoutsEnabled);
    }
  }
}
