package com.azora.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Currencies the ledger books, each with its declared scale (digits after the point). The same rows
 * live in the {@code ledger_currency} table, which the database checks every entry against.
 */
public enum LedgerCurrency {
  AZR(2, "Azora token"),
  USD(2, "US dollar"),
  EUR(2, "Euro"),
  GBP(2, "Pound sterling"),
  ZAR(2, "South African rand");

  private final int scale;
  private final String label;

  LedgerCurrency(int scale, String label) {
    this.scale = scale;
    this.label = label;
  }

  public int scale() {
    return scale;
  }

  public String label() {
    return label;
  }

  /**
   * The amount at this currency's scale; refuses amounts with more digits than the currency has
   * (rounding money silently is how cents go missing).
   */
  public BigDecimal exact(BigDecimal amount) {
    try {
      return amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount.toPlainString() + " has more than " + scale + " decimals for " + name(), e);
    }
  }

  /** Rounds a computed amount (a share, a proration) half-even to this currency's scale. */
  public BigDecimal round(BigDecimal amount) {
    return amount.setScale(scale, RoundingMode.HALF_EVEN);
  }

  /** Parses a currency code, or fails with a readable message. */
  public static LedgerCurrency of(String code) {
    try {
      return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown currency " + code, e);
    }
  }
}
