package com.azora.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevenueSplitTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void oneInstructorGetsTheShareAndThePlatformTheRest() {
    RevenueSplit s = RevenueSplit.of(d("49.99"), LedgerCurrency.USD, d("70"), List.of(7L), 7L);
    assertEquals(Map.of(7L, d("34.99")), s.instructors()); // 34.993 half-even
    assertEquals(d("15.00"), s.platform());
  }

  @Test
  void roundingIsHalfEvenOnTheShare() {
    // 70 % of 0.05 = 0.035 -> 0.04 (half-even keeps 4); 70 % of 0.15 = 0.105 -> 0.10
    assertEquals(
        d("0.04"),
        RevenueSplit.of(d("0.05"), LedgerCurrency.USD, d("70"), List.of(1L), 1L).instructorTotal());
    assertEquals(
        d("0.10"),
        RevenueSplit.of(d("0.15"), LedgerCurrency.USD, d("70"), List.of(1L), 1L).instructorTotal());
  }

  @Test
  void severalInstructorsSplitEquallyAndTheOwnerTakesTheRemainder() {
    RevenueSplit s =
        RevenueSplit.of(d("10.00"), LedgerCurrency.EUR, d("70"), List.of(3L, 1L, 2L), 2L);
    assertEquals(d("2.33"), s.instructors().get(1L));
    assertEquals(d("2.34"), s.instructors().get(2L));
    assertEquals(d("2.33"), s.instructors().get(3L));
    assertEquals(d("3.00"), s.platform());
    assertEquals(d("10.00"), s.instructorTotal().add(s.platform()));
  }

  @Test
  void theOwnerIsPaidEvenWhenNotListed() {
    RevenueSplit s = RevenueSplit.of(d("3.00"), LedgerCurrency.USD, d("100"), List.of(5L), 9L);
    assertEquals(d("1.50"), s.instructors().get(9L));
    assertEquals(d("1.50"), s.instructors().get(5L));
  }

  @Test
  void zeroAndHundredPercent() {
    RevenueSplit none = RevenueSplit.of(d("20.00"), LedgerCurrency.GBP, d("0"), List.of(1L), 1L);
    assertEquals(0, none.instructorTotal().signum());
    assertEquals(d("20.00"), none.platform());
    RevenueSplit all = RevenueSplit.of(d("20.00"), LedgerCurrency.GBP, d("100"), List.of(1L), 1L);
    assertEquals(d("20.00"), all.instructorTotal());
    assertEquals(0, all.platform().signum());
  }

  @Test
  void refundsTogetherReturnExactlyTheSale() {
    BigDecimal total = d("99.99");
    RevenueSplit sale =
        RevenueSplit.of(total, LedgerCurrency.USD, d("65.5"), List.of(1L, 2L, 3L), 1L);
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal[] refunds = {d("10.01"), d("33.33"), d("0.01"), d("56.64")};
    Map<Long, BigDecimal> back = new java.util.HashMap<>();
    BigDecimal platformBack = BigDecimal.ZERO;
    for (BigDecimal r : refunds) {
      RevenueSplit part = sale.refundPart(total, refunded, refunded.add(r), LedgerCurrency.USD);
      assertEquals(r, part.instructorTotal().add(part.platform()));
      part.instructors().values().forEach(v -> assertTrue(v.signum() >= 0));
      part.instructors().forEach((k, v) -> back.merge(k, v, BigDecimal::add));
      platformBack = platformBack.add(part.platform());
      refunded = refunded.add(r);
    }
    assertEquals(total, refunded);
    assertEquals(sale.instructors(), back);
    assertEquals(sale.platform(), platformBack);
  }

  @Test
  void refusesNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RevenueSplit.of(d("1.001"), LedgerCurrency.USD, d("70"), List.of(1L), 1L));
    assertThrows(
        IllegalArgumentException.class,
        () -> RevenueSplit.of(d("1.00"), LedgerCurrency.USD, d("101"), List.of(1L), 1L));
    RevenueSplit s = RevenueSplit.of(d("1.00"), LedgerCurrency.USD, d("70"), List.of(1L), 1L);
    assertThrows(
        IllegalArgumentException.class,
        () -> s.refundPart(d("1.00"), d("0.50"), d("1.01"), LedgerCurrency.USD));
  }
}
