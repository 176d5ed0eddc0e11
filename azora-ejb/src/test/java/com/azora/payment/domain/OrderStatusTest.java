package com.azora.payment.domain;

import static com.azora.payment.domain.OrderStatus.CANCELED;
import static com.azora.payment.domain.OrderStatus.PAID;
import static com.azora.payment.domain.OrderStatus.PARTIALLY_REFUNDED;
import static com.azora.payment.domain.OrderStatus.PENDING;
import static com.azora.payment.domain.OrderStatus.REFUNDED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

  @Test
  void pendingIsPaidOrCanceled() {
    assertTrue(PENDING.canMoveTo(PAID));
    assertTrue(PENDING.canMoveTo(CANCELED));
    assertFalse(PENDING.canMoveTo(REFUNDED));
    assertFalse(PENDING.canMoveTo(PARTIALLY_REFUNDED));
  }

  @Test
  void paidIsRefundedInPartsOrWhole() {
    assertTrue(PAID.canMoveTo(PARTIALLY_REFUNDED));
    assertTrue(PAID.canMoveTo(REFUNDED));
    assertTrue(PARTIALLY_REFUNDED.canMoveTo(PARTIALLY_REFUNDED));
    assertTrue(PARTIALLY_REFUNDED.canMoveTo(REFUNDED));
    assertFalse(PAID.canMoveTo(CANCELED));
    assertFalse(PAID.canMoveTo(PENDING));
  }

  @Test
  void endStatesAreFinal() {
    for (OrderStatus s : OrderStatus.values()) {
      assertFalse(REFUNDED.canMoveTo(s));
      assertFalse(CANCELED.canMoveTo(s));
    }
    assertTrue(PAID.paid() && PARTIALLY_REFUNDED.paid() && REFUNDED.paid());
    assertFalse(PENDING.paid() || CANCELED.paid());
    assertTrue(PAID.refundable() && PARTIALLY_REFUNDED.refundable());
    assertFalse(REFUNDED.refundable());
  }
}
