package com.azora.web.ledger;

import com.azora.ledger.application.LedgerAdjustmentService;
import com.azora.ledger.application.LedgerAdjustmentService.Adjusted;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Books a manual adjustment. The form carries a key made when it is shown, so pressing the button
 * twice (or resubmitting) books once; a fresh key comes with the next form.
 */
@Named
@ViewScoped
public class LedgerAdjustPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LedgerAdjustmentService adjustments;

  private String requestKey = UUID.randomUUID().toString();
  private String email;
  private String currency = LedgerCurrency.AZR.name();
  private BigDecimal amount;
  private String reason;
  private Long bookedId;

  public void book() {
    try {
      Adjusted done = adjustments.adjust(email, currency, amount, reason, requestKey, Faces.ip());
      bookedId = done.transactionId();
      Faces.info(
          (done.replayed() ? "Already booked" : "Booked")
              + " as transaction #"
              + done.transactionId()
              + " for "
              + done.userEmail()
              + ".");
      requestKey = UUID.randomUUID().toString();
      amount = null;
      reason = null;
    } catch (DomainException e) {
      Faces.show(e, "adjust");
    }
  }

  public LedgerCurrency[] getCurrencies() {
    return LedgerCurrency.values();
  }

  public Long getBookedId() {
    return bookedId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
