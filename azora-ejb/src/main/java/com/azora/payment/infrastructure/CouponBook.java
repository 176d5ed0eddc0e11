package com.azora.payment.infrastructure;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.CouponDiscount;
import com.azora.payment.domain.CouponKind;
import com.azora.platform.error.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Applies coupons to orders. It joins the caller's transaction ({@code MANDATORY}), so a redemption
 * is counted exactly when the order it discounts commits, and is gone if it rolls back. The coupon
 * row is locked while it is checked and counted, so concurrent orders cannot redeem it more often
 * than its maximum (the database checks the count too).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CouponBook {

  /** The coupon a discount came from and how much it takes off, in the order's currency. */
  public record Discount(long couponId, BigDecimal amount) {}

  static final String FIELD = "couponCode";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  private record Coupon(
      long id,
      String code,
      CouponKind kind,
      BigDecimal value,
      LedgerCurrency currency,
      Long courseId,
      boolean expired,
      Integer maxRedemptions,
      int redemptions,
      boolean active) {}

  /**
   * Redeems the coupon for an order: validates it for this course, price and currency, counts the
   * redemption and records the discount. Applying it again to the same order returns the same
   * discount without counting twice.
   */
  public Discount apply(
      String code,
      long courseId,
      BigDecimal price,
      LedgerCurrency currency,
      long userId,
      String orderReference) {
    if (orderReference == null || orderReference.isBlank() || orderReference.length() > 100) {
      throw new IllegalArgumentException("An order reference of 1 to 100 characters is needed");
    }
    Coupon c = load(code, true);
    List<?> earlier =
        em.createNativeQuery(
                "select discount from coupon_redemption where coupon_id = ?1"
                    + " and order_reference = ?2")
            .setParameter(1, c.id())
            .setParameter(2, orderReference)
            .getResultList();
    if (!earlier.isEmpty()) {
      return new Discount(c.id(), ((BigDecimal) earlier.get(0)).setScale(currency.scale()));
    }
    Discount discount = check(c, courseId, price, currency);
    em.createNativeQuery("update coupon set redemption_count = redemption_count + 1 where id = ?1")
        .setParameter(1, c.id())
        .executeUpdate();
    em.createNativeQuery(
            "insert into coupon_redemption (coupon_id, user_id, order_reference, discount)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, c.id())
        .setParameter(2, userId)
        .setParameter(3, orderReference)
        .setParameter(4, discount.amount())
        .executeUpdate();
    return discount;
  }

  /** Gives back the redemptions of a cancelled order; nothing happens when it used no coupon. */
  public void release(String orderReference) {
    List<?> coupons =
        em.createNativeQuery(
                "select id from coupon where id in (select coupon_id from coupon_redemption"
                    + " where order_reference = ?1) order by id for update")
            .setParameter(1, orderReference)
            .getResultList();
    for (Object id : coupons) {
      long couponId = ((Number) id).longValue();
      int deleted =
          em.createNativeQuery(
                  "delete from coupon_redemption where coupon_id = ?1 and order_reference = ?2")
              .setParameter(1, couponId)
              .setParameter(2, orderReference)
              .executeUpdate();
      em.createNativeQuery(
              "update coupon set redemption_count = redemption_count - ?2 where id = ?1")
          .setParameter(1, couponId)
          .setParameter(2, deleted)
          .executeUpdate();
    }
  }

  /**
   * The discount the coupon would give now, for showing it before payment; counts nothing and fails
   * the same way {@link #apply} would.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Discount quote(String code, long courseId, BigDecimal price, LedgerCurrency currency) {
    return check(load(code, false), courseId, price, currency);
  }

  private Discount check(Coupon c, long courseId, BigDecimal price, LedgerCurrency currency) {
    Objects.requireNonNull(currency, "currency");
    if (!c.active()) {
      throw DomainException.invalid(FIELD, "Coupon " + c.code() + " is no longer active.");
    }
    if (c.expired()) {
      throw DomainException.invalid(FIELD, "Coupon " + c.code() + " has expired.");
    }
    if (c.courseId() != null && c.courseId() != courseId) {
      throw DomainException.invalid(FIELD, "Coupon " + c.code() + " is for another course.");
    }
    if (c.maxRedemptions() != null && c.redemptions() >= c.maxRedemptions()) {
      throw DomainException.invalid(FIELD, "Coupon " + c.code() + " has been used up.");
    }
    if (c.kind() == CouponKind.AMOUNT && c.currency() != currency) {
      throw DomainException.invalid(
          FIELD,
          "Coupon "
              + c.code()
              + " takes off an amount in "
              + c.currency()
              + "; this price is in "
              + currency
              + ".");
    }
    return new Discount(c.id(), CouponDiscount.of(c.kind(), c.value(), price, currency));
  }

  private Coupon load(String code, boolean lock) {
    String wanted = code == null ? "" : code.strip();
    if (wanted.isEmpty()) {
      throw DomainException.invalid(FIELD, "Enter a coupon code.");
    }
    List<?> rows =
        em.createNativeQuery(
                "select id, code, kind, value, currency, course_id,"
                    + " (expires_at is not null and expires_at <= ?2), max_redemptions,"
                    + " redemption_count, active from coupon where lower(code) = lower(?1)"
                    + (lock ? " for update" : ""))
            .setParameter(1, wanted)
            .setParameter(2, Timestamp.from(clock.instant()))
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.invalid(FIELD, "There is no coupon with this code.");
    }
    Object[] r = (Object[]) rows.get(0);
    return new Coupon(
        ((Number) r[0]).longValue(),
        (String) r[1],
        CouponKind.valueOf((String) r[2]),
        (BigDecimal) r[3],
        r[4] == null ? null : LedgerCurrency.of((String) r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        (Boolean) r[6],
        r[7] == null ? null : ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        (Boolean) r[9]);
  }
}
