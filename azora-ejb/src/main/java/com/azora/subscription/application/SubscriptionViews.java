package com.azora.subscription.application;

import com.azora.subscription.domain.BillingInterval;
import com.azora.subscription.domain.InvoiceKind;
import com.azora.subscription.domain.InvoiceStatus;
import com.azora.subscription.domain.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** What subscription pages show, as records. */
public final class SubscriptionViews {

  private SubscriptionViews() {}

  public record TierView(
      String code,
      String name,
      int rank,
      BigDecimal monthlyPrice,
      BigDecimal annualPrice,
      String currency,
      int aiTutorQuotaPerMonth,
      boolean premiumCourses,
      int maxActiveProjects,
      boolean active) {}

  public record MySubscription(
      long id,
      String tierCode,
      String tierName,
      int tierRank,
      BillingInterval interval,
      SubscriptionStatus status,
      String provider,
      Instant currentPeriodStart,
      Instant currentPeriodEnd,
      boolean cancelAtPeriodEnd,
      String pendingTierCode,
      BillingInterval pendingInterval) {}

  public record InvoiceView(
      long id,
      String number,
      InvoiceKind kind,
      String tierCode,
      BigDecimal amount,
      String currency,
      Instant periodStart,
      Instant periodEnd,
      InvoiceStatus status,
      String provider,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant paidAt,
      String userEmail) {}

  /** An upgrade's price now: credit for the unused old tier, charge for the new, the difference. */
  public record UpgradeQuote(
      String tierCode, BigDecimal credit, BigDecimal charge, BigDecimal due, Instant until) {}

  /**
   * A switch of billing interval: to annual now (the year's price less the unused part of the
   * month, {@code effective} now) or to monthly at the period end ({@code due} zero, {@code
   * effective} the period end).
   */
  public record IntervalQuote(
      BillingInterval interval,
      boolean now,
      BigDecimal credit,
      BigDecimal charge,
      BigDecimal due,
      Instant effective) {}

  /** What a change did: done now, or waiting for an offline payment. */
  public record Outcome(boolean pending, String invoiceNumber, BigDecimal amount) {}

  public record SubscriptionRow(
      long id,
      String userEmail,
      String tierCode,
      BillingInterval interval,
      SubscriptionStatus status,
      String provider,
      Instant currentPeriodEnd,
      boolean cancelAtPeriodEnd,
      String pendingTierCode,
      BillingInterval pendingInterval) {}
}
