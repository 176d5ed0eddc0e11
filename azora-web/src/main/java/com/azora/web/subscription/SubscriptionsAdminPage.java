package com.azora.web.subscription;

import com.azora.ledger.application.LedgerAdjustmentService;
import com.azora.ledger.application.LedgerExplorerService;
import com.azora.ledger.application.LedgerViews.TransactionFilter;
import com.azora.ledger.application.LedgerViews.TransactionRow;
import com.azora.platform.error.DomainException;
import com.azora.subscription.application.SubscriptionAdminService;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.application.SubscriptionViews.SubscriptionRow;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.infrastructure.RenewalEngine;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Billing operations: subscriptions, open invoices (confirm an offline payment, cancel), wallet
 * adjustments for bank top-ups, and running renewals now.
 */
@Named
@ViewScoped
public class SubscriptionsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SubscriptionAdminService admin;
  @EJB private LedgerAdjustmentService adjustments;
  @EJB private LedgerExplorerService explorer;

  private String email;
  private SubscriptionStatus status;
  private final PagedModel<SubscriptionRow> subscriptions =
      new PagedModel<>((first, size) -> admin.subscriptions(email, status, first, size));
  private final PagedModel<InvoiceView> openInvoices =
      new PagedModel<>((first, size) -> admin.openInvoices(first, size));

  private String adjustEmail;
  private BigDecimal adjustAmount;
  private String adjustReason;
  private String adjustKey;
  private List<TransactionRow> recentAdjustments;

  @PostConstruct
  void load() {
    adjustKey = UUID.randomUUID().toString();
    recentAdjustments =
        explorer
            .transactions(new TransactionFilter(null, null, "ADJUSTMENT", null, null), 0, 10)
            .rows();
  }

  private String invoiceNumber;

  public void runRenewals() {
    try {
      RenewalEngine.RunReport r = admin.runRenewalsNow(Faces.ip());
      Faces.info(
          "Renewal run: "
              + r.periodEnds()
              + " period end(s), "
              + r.retries()
              + " retry(ies), "
              + r.failures()
              + " error(s).");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public void confirm(long invoiceId) {
    try {
      admin.confirmPaid(invoiceId, Faces.ip());
      Faces.info("Payment confirmed.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public void cancel(long subscriptionId) {
    try {
      admin.cancel(subscriptionId, Faces.ip());
      Faces.info("Subscription canceled.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  /** Opens any invoice's PDF by its number. */
  public void openInvoice() {
    String n =
        invoiceNumber == null ? "" : invoiceNumber.strip().toUpperCase(java.util.Locale.ROOT);
    if (!n.matches("SI-\\d{4}-\\d{6,}|SUB-\\d{8}")) {
      Faces.error("invoice:number", "Enter an invoice number such as SI-2026-000001.");
      return;
    }
    Faces.redirect("/admin/invoice/" + n + ".pdf");
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public void setInvoiceNumber(String invoiceNumber) {
    this.invoiceNumber = invoiceNumber;
  }

  public void adjust() {
    try {
      LedgerAdjustmentService.Adjusted a =
          adjustments.adjust(adjustEmail, "USD", adjustAmount, adjustReason, adjustKey, Faces.ip());
      Faces.info(
          "Wallet adjusted: "
              + adjustAmount.toPlainString()
              + " USD for "
              + a.userEmail()
              + " (ledger transaction "
              + a.transactionId()
              + ").");
      adjustEmail = null;
      adjustAmount = null;
      adjustReason = null;
      load();
    } catch (DomainException e) {
      Faces.show(e, "adjust");
    }
  }

  public SubscriptionStatus[] getStatuses() {
    return SubscriptionStatus.values();
  }

  public PagedModel<SubscriptionRow> getSubscriptions() {
    return subscriptions;
  }

  public PagedModel<InvoiceView> getOpenInvoices() {
    return openInvoices;
  }

  public List<TransactionRow> getRecentAdjustments() {
    return recentAdjustments;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public void setStatus(SubscriptionStatus status) {
    this.status = status;
  }

  public String getAdjustEmail() {
    return adjustEmail;
  }

  public void setAdjustEmail(String adjustEmail) {
    this.adjustEmail = adjustEmail;
  }

  public BigDecimal getAdjustAmount() {
    return adjustAmount;
  }

  public void setAdjustAmount(BigDecimal adjustAmount) {
    this.adjustAmount = adjustAmount;
  }

  public String getAdjustReason() {
    return adjustReason;
  }

  public void setAdjustReason(String adjustReason) {
    this.adjustReason = adjustReason;
  }
}
