package com.azora.web.payment;

import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentViews.CheckoutSummary;
import com.azora.payment.application.PaymentViews.Started;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Order summary, optional coupon, provider choice and Pay for one paid course. */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CheckoutService checkout;

  private String course;
  private CheckoutSummary summary;
  private String couponCode;
  private String provider;

  public void load() {
    if (summary == null) {
      try {
        summary = checkout.summary(course);
        provider = summary.providers().isEmpty() ? null : summary.providers().get(0);
      } catch (DomainException e) {
        Faces.show(e, "checkout");
      }
    }
  }

  public String pay() {
    try {
      Started s = checkout.start(course, couponCode, provider);
      if (s.redirectUrl().endsWith("/learn/order.xhtml?ref=" + s.reference())) {
        // Offline: our own page with the transfer instructions.
        return "/learn/order?faces-redirect=true&ref=" + s.reference();
      }
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().redirect(s.redirectUrl());
      ctx.responseComplete();
      return null;
    } catch (DomainException e) {
      Faces.show(e, "checkout");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CheckoutSummary getSummary() {
    return summary;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCouponCode() {
    return couponCode;
  }

  public void setCouponCode(String couponCode) {
    this.couponCode = couponCode;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }
}
