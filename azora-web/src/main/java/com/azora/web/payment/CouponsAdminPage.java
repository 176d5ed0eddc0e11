package com.azora.web.payment;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.application.CouponAdminService;
import com.azora.payment.application.CouponViews.CouponRow;
import com.azora.payment.application.CouponViews.NewCoupon;
import com.azora.payment.domain.CouponKind;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Admin coupons: create one, see every coupon with its redemptions, deactivate. */
@Named
@ViewScoped
public class CouponsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CouponAdminService admin;

  private String code;
  private CouponKind kind = CouponKind.PERCENT;
  private BigDecimal value;
  private String currency;
  private Long courseId;
  private LocalDate expires;
  private Integer maxRedemptions;
  private final PagedModel<CouponRow> coupons =
      new PagedModel<>((first, size) -> admin.list(first, size));

  public void create() {
    try {
      CouponRow c =
          admin.create(
              new NewCoupon(
                  code,
                  kind,
                  value,
                  currency,
                  courseId,
                  // A coupon is valid through its expiry day (UTC).
                  expires == null
                      ? null
                      : expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                  maxRedemptions));
      Faces.info("Coupon " + c.code() + " created.");
      code = null;
      value = null;
      currency = null;
      courseId = null;
      expires = null;
      maxRedemptions = null;
    } catch (DomainException e) {
      Faces.show(e, "coupon");
    }
  }

  public void deactivate(long id) {
    try {
      CouponRow c = admin.deactivate(id);
      Faces.info("Coupon " + c.code() + " deactivated: it can no longer be redeemed.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public PagedModel<CouponRow> getCoupons() {
    return coupons;
  }

  public CouponKind[] getKinds() {
    return CouponKind.values();
  }

  public LedgerCurrency[] getCurrencies() {
    return LedgerCurrency.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CouponKind getKind() {
    return kind;
  }

  public void setKind(CouponKind kind) {
    this.kind = kind;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getExpires() {
    return expires;
  }

  public void setExpires(LocalDate expires) {
    this.expires = expires;
  }

  public Integer getMaxRedemptions() {
    return maxRedemptions;
  }

  public void setMaxRedemptions(Integer maxRedemptions) {
    this.maxRedemptions = maxRedemptions;
  }
}
