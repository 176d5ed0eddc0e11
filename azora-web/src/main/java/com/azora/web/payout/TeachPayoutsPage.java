package com.azora.web.payout;

import com.azora.payout.application.PayoutService;
import com.azora.payout.application.PayoutViews.ItemRow;
import com.azora.payout.application.PayoutViews.MethodView;
import com.azora.payout.domain.BankAccount;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The instructor's payouts: how they are paid (bank details, or Stripe onboarding and its return)
 * and their payouts with status.
 */
@Named
@ViewScoped
public class TeachPayoutsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PayoutService payouts;

  private String stripe;
  private MethodView method;
  private String holder;
  private String accountNumber;
  private String bankCode;
  private String country;

  private final PagedModel<ItemRow> table =
      new PagedModel<>((first, size) -> payouts.myPayouts(first, size));

  /** On load; back from Stripe ({@code ?stripe=return}) it reads the account's state. */
  public void load() {
    try {
      method = "return".equals(stripe) ? payouts.finishStripeConnect() : payouts.myMethod();
      if ("return".equals(stripe)) {
        Faces.info(
            method.payoutsEnabled()
                ? "Stripe account connected: payouts go to Stripe."
                : "Stripe has not enabled payouts on your account yet: finish onboarding on"
                    + " Stripe.");
      }
    } catch (DomainException e) {
      method = payouts.myMethod();
      Faces.show(e, "stripeForm");
    }
    if (holder == null && method.holder() != null) {
      holder = method.holder();
      bankCode = method.bankCode();
      country = method.country();
    }
  }

  public void saveBank() {
    Map<String, String> problems =
        BankAccount.normalised(holder, accountNumber, bankCode, country).problems();
    if (!problems.isEmpty()) {
      problems.forEach((field, message) -> Faces.error("bank:" + field, message));
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      payouts.saveBank(holder, accountNumber, bankCode, country);
      method = payouts.myMethod();
      accountNumber = null;
      Faces.info("Bank details saved: payouts go to this account.");
    } catch (DomainException e) {
      Faces.show(e, "bank");
    }
  }

  public void connectStripe() {
    try {
      String base = ConfigKey.BASE_URL.value().replaceAll("/+$", "");
      String back = base + "/teach/payouts.xhtml";
      String url = payouts.startStripeConnect(back + "?stripe=return", back + "?stripe=refresh");
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().redirect(url);
    } catch (DomainException e) {
      Faces.show(e, "stripeForm");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public boolean isStripeAvailable() {
    return payouts.stripeAvailable();
  }

  public MethodView getMethod() {
    return method;
  }

  public PagedModel<ItemRow> getTable() {
    return table;
  }

  public String getStripe() {
    return stripe;
  }

  public void setStripe(String stripe) {
    this.stripe = stripe;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getBankCode() {
    return bankCode;
  }

  public void setBankCode(String bankCode) {
    this.bankCode = bankCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
