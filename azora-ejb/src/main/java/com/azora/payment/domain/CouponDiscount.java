package com.azora.payment.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The discount a coupon gives on a price: a percentage rounded half-even to the currency's scale,
 * or a fixed amount; never more than the price, so the price left is never negative (a 100 % coupon
 * makes it zero).
 */
public final class CouponDiscount {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CouponDiscount() {}

  /** The discount on {@code price} (in {@code currency}) for a coupon of this kind and value. */
  public static BigDecimal of(
      CouponKind kind, BigDecimal value, BigDecimal price, LedgerCurrency currency) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    check(value, price, kind);
    BigDecimal exactPrice = currency.exact(price);
    BigDecimal discount =
        kind == CouponKind.PERCENT
            ? currency.round(exactPrice.multiply(value).divide(HUNDRED))
            : currency.round(value);
    return discount.min(exactPrice);
  }

  /** What is left to pay after the discount. */
  public static BigDecimal priceAfter(
      CouponKind kind, BigDecimal value, BigDecimal price, LedgerCurrency currency) {
    return currency.exact(price).subtract(of(kind, value, price, currency));
  }

  private static void check(BigDecimal value, BigDecimal price, CouponKind kind) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException("A coupon's value is positive, got " + value);
    }
    if (kind == CouponKind.PERCENT && value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("A percentage is at most 100, got " + value);
    }
    if (price == null || price.signum() < 0) {
      throw new IllegalArgumentException("A price is zero or more, got " + price);
    }
  }
}
