package com.azora.payment.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.application.CouponViews.CouponRow;
import com.azora.payment.application.CouponViews.NewCoupon;
import com.azora.payment.application.CouponViews.OfflineRedemption;
import com.azora.payment.domain.CouponKind;
import com.azora.payment.infrastructure.CouponBook;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Admins create, list and deactivate coupons, and record coupons on offline orders. */
@Stateless
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class CouponAdminService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String SELECT =
      "select c.id, c.code, c.kind, c.value, c.currency, c.course_id, co.title, c.expires_at,"
          + " c.max_redemptions, c.redemption_count, c.active, c.created_at from coupon c"
          + " left join course co on co.id = c.course_id";

  @PersistenceContext private EntityManager em;
  @EJB private CouponBook book;
  @Inject private Clock clock;

  /** Creates a coupon after checking every rule a person can get wrong. */
  public CouponRow create(NewCoupon n) {
    String code = n.code() == null ? "" : n.code().strip();
    if (!code.matches("[A-Za-z0-9_-]{3,40}")) {
      throw DomainException.invalid(
          "code", "A code is 3 to 40 letters, digits, '-' or '_' (e.g. SPRING-25).");
    }
    if (n.kind() == null) {
      throw DomainException.invalid("kind", "Choose PERCENT or AMOUNT.");
    }
    BigDecimal value = n.value();
    if (value == null || value.signum() <= 0 || value.scale() > 2) {
      throw DomainException.invalid("value", "The value is positive, with at most 2 decimals.");
    }
    if (n.kind() == CouponKind.PERCENT && value.compareTo(HUNDRED) > 0) {
      throw DomainException.invalid("value", "A percentage is at most 100.");
    }
    String currency = null;
    if (n.kind() == CouponKind.AMOUNT) {
      if (n.currency() == null || n.currency().isBlank()) {
        throw DomainException.invalid("currency", "An amount coupon needs its currency.");
      }
      currency = currency(n.currency(), "currency").name();
    }
    if (n.courseId() != null
        && em.createNativeQuery("select 1 from course where id = ?1")
            .setParameter(1, n.courseId())
            .getResultList()
            .isEmpty()) {
      throw DomainException.invalid("courseId", "There is no course " + n.courseId() + ".");
    }
    if (n.expiresAt() != null && !n.expiresAt().isAfter(clock.instant())) {
      throw DomainException.invalid("expiresAt", "The expiry date must be in the future.");
    }
    if (n.maxRedemptions() != null && n.maxRedemptions() < 1) {
      throw DomainException.invalid("maxRedemptions", "Maximum redemptions is at least 1.");
    }
    if (!em.createNativeQuery("select 1 from coupon where lower(code) = lower(?1)")
        .setParameter(1, code)
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict("code", "Coupon " + code + " exists already.");
    }
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into coupon (code, kind, value, currency, course_id, expires_at,"
                        + " max_redemptions, created_by) values (?1, ?2, ?3, ?4, cast(?5 as"
                        + " bigint), cast(?6 as timestamptz), cast(?7 as integer), ?8) returning id")
                .setParameter(1, code)
                .setParameter(2, n.kind().name())
                .setParameter(3, value)
                .setParameter(4, currency)
                .setParameter(5, n.courseId())
                .setParameter(6, n.expiresAt() == null ? null : Timestamp.from(n.expiresAt()))
                .setParameter(7, n.maxRedemptions())
                .setParameter(8, CurrentUser.id())
                .getSingleResult();
    return row(id.longValue());
  }

  /** Newest coupons first, with their redemption counts. */
  public PageResult<CouponRow> list(int first, int size) {
    List<?> rows =
        em.createNativeQuery(SELECT + " order by c.created_at desc, c.id desc offset ?1 limit ?2")
            .setParameter(1, Math.max(0, first))
            .setParameter(2, Math.max(1, Math.min(size, 100)))
            .getResultList();
    long total =
        ((Number) em.createNativeQuery("select count(*) from coupon").getSingleResult())
            .longValue();
    return new PageResult<>(rows.stream().map(r -> of((Object[]) r)).toList(), total);
  }

  /** One coupon by id. */
  public CouponRow get(long id) {
    return row(id);
  }

  /** Stops a coupon from being redeemed again; redemptions made stay counted. */
  public CouponRow deactivate(long id) {
    int changed =
        em.createNativeQuery("update coupon set active = false where id = ?1")
            .setParameter(1, id)
            .executeUpdate();
    if (changed == 0) {
      throw DomainException.notFound("No such coupon.");
    }
    return row(id);
  }

  /**
   * Records a coupon on an order paid offline (bank transfer, invoice) the same way checkout does:
   * validated, counted once per order, never beyond the coupon's maximum.
   */
  public CouponBook.Discount redeemOffline(OfflineRedemption r) {
    if (r.orderReference() == null
        || r.orderReference().isBlank()
        || r.orderReference().length() > 100) {
      throw DomainException.invalid("orderReference", "An order reference of 1 to 100 characters.");
    }
    if (r.price() == null || r.price().signum() < 0 || r.price().scale() > 2) {
      throw DomainException.invalid("price", "The price is zero or more, with at most 2 decimals.");
    }
    if (em.createNativeQuery("select 1 from app_user where id = ?1")
        .setParameter(1, r.userId())
        .getResultList()
        .isEmpty()) {
      throw DomainException.invalid("userId", "There is no user " + r.userId() + ".");
    }
    return book.apply(
        r.code(),
        r.courseId(),
        r.price(),
        currency(r.currency(), "currency"),
        r.userId(),
        r.orderReference().strip());
  }

  /** Gives back the coupon redemptions of a cancelled offline order. */
  public void releaseOffline(String orderReference) {
    book.release(orderReference);
  }

  private CouponRow row(long id) {
    List<?> rows =
        em.createNativeQuery(SELECT + " where c.id = ?1").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such coupon.");
    }
    return of((Object[]) rows.get(0));
  }

  private static LedgerCurrency currency(String code, String field) {
    try {
      return LedgerCurrency.of(code);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, "Unknown currency " + code + ".");
    }
  }

  private static CouponRow of(Object[] r) {
    return new CouponRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        CouponKind.valueOf((String) r[2]),
        (BigDecimal) r[3],
        (String) r[4],
        r[5] == null ? null : ((Number) r[5]).longValue(),
        (String) r[6],
        instant(r[7]),
        r[8] == null ? null : ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        (Boolean) r[10],
        instant(r[11]));
  }
}
