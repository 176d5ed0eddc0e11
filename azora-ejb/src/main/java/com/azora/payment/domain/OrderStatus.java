package com.azora.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a purchase order: PENDING until paid or canceled; a paid order can be refunded in
 * parts (PARTIALLY_REFUNDED) until nothing is left (REFUNDED). The database checks the same values;
 * these transitions are the only ones the code makes.
 */
public enum OrderStatus {
  PENDING,
  PAID,
  PARTIALLY_REFUNDED,
  REFUNDED,
  CANCELED;

  /** Whether an order may move from this status to {@code next}. */
  public boolean canMoveTo(OrderStatus next) {
    return next(this).contains(next);
  }

  /** Whether money was taken (and receipts exist). */
  public boolean paid() {
    return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
  }

  /** Whether part of the payment can still be returned. */
  public boolean refundable() {
    return this == PAID || this == PARTIALLY_REFUNDED;
  }

  private static Set<OrderStatus> next(OrderStatus s) {
    return switch (s) {
      case PENDING -> EnumSet.of(PAID, CANCELED);
      case PAID, PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
      case REFUNDED, CANCELED -> EnumSet.noneOf(OrderStatus.class);
    };
  }
}
