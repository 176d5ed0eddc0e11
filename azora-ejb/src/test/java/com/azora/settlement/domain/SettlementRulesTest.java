package com.azora.settlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.RevenueSplit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {

  private static final LedgerCurrency USD = LedgerCurrency.USD;
  private static final LocalDate D = LocalDate.parse("2026-12-20");

  private static BigDecimal m(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aSaleSettlesOnceItsWindowClosedByTheEndOfTheBusinessDate() {
    assertEquals(Instant.parse("2026-12-07T00:00:00Z"), SettlementRules.cutoff(D, 14));
    assertTrue(SettlementRules.eligible(Instant.parse("2026-12-06T23:59:59Z"), D, 14));
    assertFalse(SettlementRules.eligible(Instant.parse("2026-12-07T00:00:00Z"), D, 14));
    assertFalse(SettlementRules.eligible(null, D, 14));
    assertTrue(SettlementRules.eligible(Instant.parse("2026-12-20T23:00:00Z"), D, 0));
    assertThrows(IllegalArgumentException.class, () -> SettlementRules.cutoff(D, -1));
  }

  @Test
  void theRemainderIsTheShareLessWhatRefundsTookBack() {
    RevenueSplit sale = RevenueSplit.of(m("40.00"), USD, m("70"), List.of(7L), 7L);
    assertEquals(Map.of(7L, m("28.00")), SettlementRules.remainder(sale, m("40.00"), m("0"), USD));
    assertEquals(
        Map.of(7L, m("21.00")), SettlementRules.remainder(sale, m("40.00"), m("10.00"), USD));
    assertEquals(
        Map.of(7L, m("0.00")), SettlementRules.remainder(sale, m("40.00"), m("40.00"), USD));
  }

  @Test
  void twoPartialRefundsLeaveWhatTheirPostingsLeft() {
    RevenueSplit sale = RevenueSplit.of(m("49.99"), USD, m("70"), List.of(3L, 5L), 3L);
    BigDecimal r1 = sale.refundPart(m("49.99"), m("0"), m("9.99"), USD).instructors().get(5L);
    BigDecimal r2 = sale.refundPart(m("49.99"), m("9.99"), m("20.00"), USD).instructors().get(5L);
    BigDecimal left = SettlementRules.remainder(sale, m("49.99"), m("20.00"), USD).get(5L);
    assertEquals(sale.instructors().get(5L), left.add(r1).add(r2));
  }

  @Test
  void reversalsTakeWhatTheAvailableBalanceCoversInOrder() {
    assertEquals(
        List.of(0, 2), SettlementRules.coverable(m("30.00"), List.of(m("20"), m("15"), m("10"))));
    assertEquals(List.of(), SettlementRules.coverable(m("0.00"), List.of(m("1"))));
    assertEquals(List.of(0), SettlementRules.coverable(m("5.00"), List.of(m("5.00"))));
  }
}
