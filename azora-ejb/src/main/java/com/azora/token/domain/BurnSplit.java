package com.azora.token.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;

/** How a redemption's price splits: a burned share and the rest as token revenue. */
public record BurnSplit(BigDecimal burned, BigDecimal revenue) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Burns {@code percent} of {@code price}, rounded half-even to AZR's scale; the rest is revenue.
   */
  public static BurnSplit of(BigDecimal price, BigDecimal percent) {
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("A price is positive");
    }
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("A burn share lies between 0 and 100 %");
    }
    BigDecimal exact = LedgerCurrency.AZR.exact(price);
    BigDecimal burned = LedgerCurrency.AZR.round(exact.multiply(percent).divide(HUNDRED));
    return new BurnSplit(burned, exact.subtract(burned));
  }
}
