package com.azora.payment.application;

import com.azora.payment.domain.CouponKind;
import java.math.BigDecimal;
import java.time.Instant;

/** What coupon pages and the API show and send. */
public final class CouponViews {

  private CouponViews() {}

  /** A new coupon: currency only for AMOUNT; courseId null for every course. */
  public record NewCoupon(
      String code,
      CouponKind kind,
      BigDecimal value,
      String currency,
      Long courseId,
      Instant expiresAt,
      Integer maxRedemptions) {}

  /** A coupon with its redemption count. */
  public record CouponRow(
      long id,
      String code,
      CouponKind kind,
      BigDecimal value,
      String currency,
      Long courseId,
      String courseTitle,
      Instant expiresAt,
      Integer maxRedemptions,
      int redemptions,
      boolean active,
      Instant createdAt) {

    /** "20 %" or "5.00 EUR". */
    public String label() {
      return kind == CouponKind.PERCENT
          ? value.stripTrailingZeros().toPlainString() + " %"
          : value.toPlainString() + " " + currency;
    }
  }

  /** A redemption an admin records against an offline order. */
  public record OfflineRedemption(
      String code,
      long courseId,
      BigDecimal price,
      String currency,
      long userId,
      String orderReference) {}

  /** What a coupon takes off a course's price, shown before paying. */
  public record Quote(
      String code,
      long courseId,
      String currency,
      BigDecimal price,
      BigDecimal discount,
      BigDecimal toPay) {}
}
