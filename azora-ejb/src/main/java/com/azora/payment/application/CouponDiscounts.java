package com.azora.payment.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * The single place checkout asks for a coupon's discount. It runs in the checkout transaction so a
 * coupon's use commits or rolls back with the order.
 *
 * <p>WIRING POINT: coupons are built separately ({@code
 * com.azora.payment.infrastructure.CouponBook}, {@code @Stateless MANDATORY}). When it is merged,
 * inject it here ({@code @Inject CouponBook book;}) and make {@link #apply} return {@code new
 * Discount(d.couponId(), d.amount())} for {@code CouponBook.Discount d = book.apply(code, courseId,
 * price, currency, userId, orderReference)}. Until then every code is refused, so checkout without
 * a code works unchanged.
 */
@ApplicationScoped
public class CouponDiscounts {

  /** A coupon's reduction of one order. */
  public record Discount(long couponId, BigDecimal amount) {}

  public Discount apply(
      String code,
      long courseId,
      BigDecimal price,
      LedgerCurrency currency,
      long userId,
      String orderReference) {
    throw DomainException.invalid("couponCode", "Coupon codes are not accepted yet.");
  }
}
