package com.azora.subscription.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an upgrade costs mid-period, by the second: a credit for the unused part of the current
 * tier's price and a charge for the same remaining part of the new tier's price, each rounded
 * half-even to cents; the caller pays the difference now. Seconds rather than days because a
 * period's length in days differs (28 to 31) and an upgrade at 23:59 should not cost a whole day.
 */
public final class Proration {

  /** The credit, the charge and what is due now (charge − credit, never negative). */
  public record Quote(
      BigDecimal credit, BigDecimal charge, BigDecimal due, double remainingShare) {}

  private Proration() {}

  public static Quote upgrade(
      BigDecimal currentPrice,
      BigDecimal newPrice,
      Instant periodStart,
      Instant periodEnd,
      Instant now,
      LedgerCurrency currency) {
    Objects.requireNonNull(currentPrice, "currentPrice");
    Objects.requireNonNull(newPrice, "newPrice");
    if (!periodEnd.isAfter(periodStart)) {
      throw new IllegalArgumentException("A period ends after it starts");
    }
    if (now.isBefore(periodStart) || !now.isBefore(periodEnd)) {
      throw new IllegalArgumentException("Proration happens inside the current period");
    }
    BigDecimal total = BigDecimal.valueOf(Duration.between(periodStart, periodEnd).toSeconds());
    BigDecimal remaining = BigDecimal.valueOf(Duration.between(now, periodEnd).toSeconds());
    BigDecimal credit =
        currency.round(currentPrice.multiply(remaining).divide(total, MathContext.DECIMAL128));
    BigDecimal charge =
        currency.round(newPrice.multiply(remaining).divide(total, MathContext.DECIMAL128));
    BigDecimal due = charge.subtract(credit).max(BigDecimal.ZERO.setScale(currency.scale()));
    return new Quote(credit, charge, due, remaining.doubleValue() / total.doubleValue());
  }

  /**
   * Switching to a longer interval now (monthly to annual, as Stripe does it): a new period at
   * {@code newPrice} starts now, less a credit for the unused part of the current period's {@code
   * currentPrice}; what is due is never negative.
   */
  public static Quote switchNow(
      BigDecimal currentPrice,
      BigDecimal newPrice,
      Instant periodStart,
      Instant periodEnd,
      Instant now,
      LedgerCurrency currency) {
    Quote unused = upgrade(currentPrice, currentPrice, periodStart, periodEnd, now, currency);
    BigDecimal charge = currency.exact(newPrice);
    BigDecimal due =
        charge.subtract(unused.credit()).max(BigDecimal.ZERO.setScale(currency.scale()));
    return new Quote(unused.credit(), charge, due, unused.remainingShare());
  }
}
