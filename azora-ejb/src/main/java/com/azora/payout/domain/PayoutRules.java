package com.azora.payout.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a balance is paid out, how much, and when a failed send is tried again. */
public final class PayoutRules {

  private PayoutRules() {}

  /**
   * What to pay out of an available balance: the balance cut to the currency's scale (never more
   * than is there), when it reaches the threshold; tokens are not paid out.
   */
  public static Optional<BigDecimal> payable(
      BigDecimal available, LedgerCurrency currency, BigDecimal threshold) {
    if (currency == LedgerCurrency.AZR || available == null) {
      return Optional.empty();
    }
    BigDecimal amount = available.setScale(currency.scale(), RoundingMode.DOWN);
    if (amount.signum() <= 0 || amount.compareTo(threshold) < 0) {
      return Optional.empty();
    }
    return Optional.of(amount);
  }

  /** The wait before attempt {@code attempts + 1}: 1 min doubled per failed attempt, capped. */
  public static Duration backoff(int attempts, Duration cap) {
    if (attempts < 1) {
      return Duration.ZERO;
    }
    // 2^(attempts-1) minutes; past 30 doublings any cap applies.
    long minutes = attempts > 30 ? Long.MAX_VALUE : 1L << (attempts - 1);
    Duration d = minutes == Long.MAX_VALUE ? cap : Duration.ofMinutes(minutes);
    return d.compareTo(cap) > 0 ? cap : d;
  }

  /** When a send that failed transiently for the {@code attempts}-th time is tried again. */
  public static Instant nextAttempt(Instant now, int attempts, Duration cap) {
    return now.plus(backoff(attempts, cap));
  }

  /** Whether a transient failure at this attempt count gives up (the money goes back). */
  public static boolean exhausted(int attempts, int maxAttempts) {
    return attempts >= maxAttempts;
  }

  /**
   * A provider's HTTP answer as a payout outcome: no answer (network), 5xx and 429 are transient,
   * other 4xx permanent.
   */
  public static PayoutProvider.Status classify(Integer httpStatus) {
    if (httpStatus == null || httpStatus == 0 || httpStatus == 429 || httpStatus >= 500) {
      return PayoutProvider.Status.RETRY;
    }
    return PayoutProvider.Status.FAILED;
  }

  /** The bank transfer reference of an item. */
  public static String reference(long itemId) {
    return "AZORA-PAYOUT-" + itemId;
  }
}
