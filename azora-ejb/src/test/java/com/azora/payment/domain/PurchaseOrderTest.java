package com.azora.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

  private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");

  private static PurchaseOrder order(String price, String discount) {
    return new PurchaseOrder(
        PurchaseOrder.newReference(),
        1L,
        2L,
        new BigDecimal(price),
        new BigDecimal(discount),
        LedgerCurrency.USD,
        null,
        "offline",
        NOW);
  }

  @Test
  void referencesAreShortAndUnambiguous() {
    String ref = PurchaseOrder.newReference();
    assertTrue(ref.matches("AZO-[A-HJ-NP-Z2-9]{10}"), ref);
  }

  @Test
  void theAmountIsListPriceLessDiscountAndMustBePositive() {
    assertEquals(new BigDecimal("39.99"), order("49.99", "10.00").getAmount());
    assertThrows(IllegalArgumentException.class, () -> order("10.00", "10.00"));
    assertThrows(IllegalArgumentException.class, () -> order("10.001", "0"));
  }

  @Test
  void payingTwiceChangesNothingTheSecondTime() {
    PurchaseOrder o = order("20.00", "0");
    assertTrue(o.markPaid(NOW));
    assertFalse(o.markPaid(NOW.plusSeconds(5)));
    assertEquals(OrderStatus.PAID, o.getStatus());
    assertEquals(NOW, o.getPaidAt());
  }

  @Test
  void refundsMoveThroughPartialToFull() {
    PurchaseOrder o = order("20.00", "0");
    assertThrows(IllegalStateException.class, () -> o.refund(new BigDecimal("1.00"), NOW));
    o.markPaid(NOW);
    o.refund(new BigDecimal("5.00"), NOW);
    assertEquals(OrderStatus.PARTIALLY_REFUNDED, o.getStatus());
    assertEquals(new BigDecimal("15.00"), o.remaining());
    assertThrows(IllegalArgumentException.class, () -> o.refund(new BigDecimal("15.01"), NOW));
    o.refund(new BigDecimal("15.00"), NOW);
    assertEquals(OrderStatus.REFUNDED, o.getStatus());
    assertThrows(IllegalArgumentException.class, () -> o.refund(new BigDecimal("0.01"), NOW));
    assertFalse(o.markPaid(NOW), "a refunded order is not paid again");
  }

  @Test
  void onlyAPendingOrderIsCanceledAndNeedsAReason() {
    PurchaseOrder o = order("20.00", "0");
    assertThrows(IllegalArgumentException.class, () -> o.cancel(" ", NOW));
    o.cancel("No transfer arrived", NOW);
    assertEquals(OrderStatus.CANCELED, o.getStatus());
    assertThrows(IllegalStateException.class, () -> o.markPaid(NOW));
    PurchaseOrder paid = order("20.00", "0");
    paid.markPaid(NOW);
    assertThrows(IllegalStateException.class, () -> paid.cancel("late", NOW));
  }
}
