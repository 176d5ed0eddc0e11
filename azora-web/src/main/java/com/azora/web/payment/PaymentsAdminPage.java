package com.azora.web.payment;

import com.azora.payment.application.PaymentAdminService;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.RefundDone;
import com.azora.payment.domain.RefundState;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The admin's payments desk: pending bank transfers to confirm or cancel, and paid orders to refund
 * (empty amount = everything left), and refunds still owed to mark as paid back.
 */
@Named
@ViewScoped
public class PaymentsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentAdminService payments;

  private final PagedModel<OrderView> pending =
      new PagedModel<>((first, size) -> payments.pendingOffline(first, size));
  private final PagedModel<OrderView> paid =
      new PagedModel<>((first, size) -> payments.paid(first, size));

  private String reference;
  private String reason;
  private BigDecimal amount;

  public void confirm(String ref) {
    try {
      OrderView o = payments.confirm(ref);
      Faces.info("Payment confirmed for " + o.reference() + ": receipt " + o.receiptNumber() + ".");
    } catch (DomainException e) {
      Faces.show(e, "payments");
    }
  }

  public void cancel() {
    try {
      OrderView o = payments.cancel(reference, reason);
      Faces.info("Order " + o.reference() + " canceled.");
      clear();
    } catch (DomainException e) {
      Faces.show(e, "payments");
    }
  }

  public void refund() {
    try {
      RefundDone r = payments.refund(reference, amount, reason);
      Faces.info(
          "Refunded: credit note "
              + r.creditNoteNumber()
              + ", order now "
              + r.status()
              + " ("
              + r.remaining().toPlainString()
              + " left). Refund "
              + (r.refundState() == RefundState.PAID_BACK
                  ? "paid back."
                  : "owed to the buyer until it is paid back."));
      clear();
    } catch (DomainException e) {
      Faces.show(e, "payments");
    }
  }

  /** Records that a bank-transfer refund (or one the provider failed to return) was paid back. */
  public void markPaidBack(String ref, int seq) {
    try {
      payments.markRefundPaidBack(ref, seq);
      Faces.info("Refund " + seq + " of " + ref + " recorded as paid back.");
    } catch (DomainException e) {
      Faces.show(e, "payments");
    }
  }

  private void clear() {
    reference = null;
    reason = null;
    amount = null;
  }

  public PagedModel<OrderView> getPending() {
    return pending;
  }

  public PagedModel<OrderView> getPaid() {
    return paid;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
