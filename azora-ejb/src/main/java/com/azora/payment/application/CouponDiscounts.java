package com.azora.payment.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.infrastructure.CouponBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * The single place checkout asks for a coupon's discount and a cancellation gives it back. It runs
 * in the caller's transaction, so a coupon's use commits or rolls back with the order.
 */
@ApplicationScoped
public class CouponDiscounts {

  /** A coupon's reduction of one order. */
  public record Discount(long couponId, BigDecimal amount) {}

  @Inject private CouponBook book;

  /** Validates and counts the coupon for the order, or refuses it on the couponCode field. */
  public Discount apply(
      String code,
      long courseId,
      BigDecimal price,
      LedgerCurrency currency,
      long userId,
      String orderReference) {
    CouponBook.Discount d = book.apply(code, courseId, price, currency, userId, orderReference);
    return new Discount(d.couponId(), d.amount());
  }

  /** Gives back the coupon a cancelled order used, if any. */
  public void release(String orderReference) {
    book.release(orderReference);
  }
}
