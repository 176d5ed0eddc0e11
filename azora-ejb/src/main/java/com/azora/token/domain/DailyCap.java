package com.azora.token.domain;

import java.math.BigDecimal;

/** The per-user daily cap: a reward is cut to what is left of the day's cap. */
public final class DailyCap {

  private DailyCap() {}

  /**
   * What may be granted of {@code amount} when {@code alreadyToday} was granted on the same day:
   * never negative, never above {@code amount}, never taking the day past {@code cap}.
   */
  public static BigDecimal grant(BigDecimal amount, BigDecimal cap, BigDecimal alreadyToday) {
    if (amount.signum() <= 0) {
      return BigDecimal.ZERO.setScale(amount.scale());
    }
    BigDecimal left = cap.subtract(alreadyToday);
    if (left.signum() <= 0) {
      return BigDecimal.ZERO.setScale(amount.scale());
    }
    return amount.min(left);
  }
}
