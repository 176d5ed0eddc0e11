package com.azora.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CouponDiscountTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static BigDecimal percent(String value, String price) {
    return CouponDiscount.of(CouponKind.PERCENT, d(value), d(price), LedgerCurrency.USD);
  }

  @Test
  void percentRoundsHalfEvenToTheCurrencyScale() {
    assertEquals(d("2.00"), percent("10", "19.99")); // 1.999 -> 2.00
    assertEquals(d("0.12"), percent("50", "0.25")); // 0.125 -> 0.12 (even)
    assertEquals(d("0.38"), percent("50", "0.75")); // 0.375 -> 0.38 (even)
    assertEquals(d("3.33"), percent("33.33", "10.00")); // 3.333 -> 3.33
    assertEquals(d("1.50"), percent("15", "10"));
  }

  @Test
  void amountNeverExceedsThePrice() {
    assertEquals(
        d("5.00"), CouponDiscount.of(CouponKind.AMOUNT, d("5"), d("20.00"), LedgerCurrency.EUR));
    assertEquals(
        d("20.00"), CouponDiscount.of(CouponKind.AMOUNT, d("50"), d("20.00"), LedgerCurrency.EUR));
    assertEquals(
        d("0.00"),
        CouponDiscount.priceAfter(CouponKind.AMOUNT, d("50"), d("20.00"), LedgerCurrency.EUR));
  }

  @Test
  void aHundredPercentCouponMakesThePriceZero() {
    assertEquals(d("49.99"), percent("100", "49.99"));
    assertEquals(
        d("0.00"),
        CouponDiscount.priceAfter(CouponKind.PERCENT, d("100"), d("49.99"), LedgerCurrency.USD));
  }

  @Test
  void aFreeCourseGetsNoDiscount() {
    assertEquals(d("0.00"), percent("20", "0"));
  }

  @Test
  void badValuesAndPricesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> percent("101", "10"));
    assertThrows(IllegalArgumentException.class, () -> percent("0", "10"));
    assertThrows(IllegalArgumentException.class, () -> percent("10", "-1"));
    assertThrows(IllegalArgumentException.class, () -> percent("10", "1.005"));
  }
}
