package com.azora.subscription.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.application.PaymentCustomers;
import com.azora.payment.domain.DocumentNumber;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PaymentProvider.ChargeRequest;
import com.azora.payment.domain.PaymentProvider.ChargeResult;
import com.azora.payment.infrastructure.DocumentCounters;
import com.azora.platform.error.DomainException;
import com.azora.subscription.domain.InvoiceStatus;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.SubscriptionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Charges an invoice through its subscription's provider and books a paid invoice: the ledger
 * transaction under {@code subscription-invoice:<id>:paid} (the wallet provider books its own;
 * money captured by another provider moves from provider clearing to revenue), then the invoice's
 * effect on the subscription. Runs in the caller's transaction.
 */
@Stateless
public class Billing {

  @PersistenceContext private EntityManager em;
  @Inject private SubscriptionCharger charger;
  @Inject private Ledger ledger;
  @Inject private PaymentCustomers customers;
  @Inject private SubscriptionMails mails;

  /**
   * Stores a new invoice under the next gap-free number of the subscription-invoice series (the
   * counter row stays locked until the caller's transaction ends, so a refused charge that rolls
   * back leaves no gap).
   */
  public void open(SubscriptionInvoice invoice, Instant now) {
    invoice.numbered(DocumentCounters.next(em, DocumentNumber.SUBSCRIPTION_INVOICE, now));
    em.persist(invoice);
    em.flush();
  }

  /**
   * Opens a new invoice the subscriber asked for and charges it at once. A refused charge throws,
   * so the caller's transaction keeps nothing (no invoice, no number, no change); a pending one
   * (offline) waits for an admin.
   */
  public ChargeResult chargeNew(SubscriptionInvoice invoice, Subscription s, Instant now) {
    open(invoice, now);
    ChargeResult result = charge(invoice, s, now);
    switch (result.status()) {
      case FAILED -> throw DomainException.conflict("provider", result.failureMessage());
      case PENDING -> mails.pending(invoice);
      case SUCCEEDED -> mails.paid(invoice);
    }
    return result;
  }

  /** One attempt; the caller handles PENDING and FAILED (dunning or refusal). */
  public ChargeResult charge(SubscriptionInvoice invoice, Subscription s, Instant now) {
    PaymentProvider provider = charger.byName(invoice.getProvider());
    // A card provider charges the customer and card saved when the user paid by card; the
    // wallet knows users by id.
    Optional<PaymentCustomers.Saved> saved =
        customers.saved(invoice.getUserId(), invoice.getProvider());
    ChargeResult result =
        provider.charge(
            new ChargeRequest(
                invoice.reference(),
                invoice.getAmount(),
                LedgerCurrency.of(invoice.getCurrency()),
                saved
                    .map(PaymentCustomers.Saved::customerRef)
                    .orElse(WalletPaymentProvider.customer(invoice.getUserId())),
                saved.map(PaymentCustomers.Saved::paymentMethodRef).orElse(null),
                invoice.getDescription(),
                invoice.reference() + ":attempt:" + (invoice.getAttempts() + 1)));
    String error =
        result.status() == PaymentProvider.Status.FAILED
            ? (result.failureMessage() == null ? "Payment declined" : result.failureMessage())
            : null;
    invoice.attempted(result.providerRef(), error, null);
    if (result.status() == PaymentProvider.Status.SUCCEEDED) {
      settle(invoice, s, null, now);
    }
    return result;
  }

  /** Marks the invoice paid (booking the money if the provider did not) and applies it. */
  public void settle(SubscriptionInvoice invoice, Subscription s, Long actorId, Instant now) {
    String key = invoice.reference() + ":paid";
    long txId =
        ledger
            .transactionId(key)
            .orElseGet(
                () -> {
                  LedgerCurrency cur = LedgerCurrency.of(invoice.getCurrency());
                  return ledger
                      .post(
                          Posting.builder("SUBSCRIPTION_CHARGE", key, invoice.getDescription())
                              .actor(actorId)
                              .meta("reference", invoice.reference())
                              .meta("provider", invoice.getProvider())
                              .move(
                                  AccountRef.system(AccountKind.PROVIDER_CLEARING, cur),
                                  AccountRef.system(AccountKind.PLATFORM_REVENUE, cur),
                                  invoice.getAmount())
                              .build())
                      .id();
                });
    invoice.paid(txId, now);
    switch (invoice.getKind()) {
      case INITIAL -> s.moveTo(SubscriptionStatus.ACTIVE, now);
      case RENEWAL -> {
        s.enterPeriod(periodIndex(s, invoice.getPeriodStart()), now);
        s.moveTo(SubscriptionStatus.ACTIVE, now);
      }
      case UPGRADE -> s.changeTier(invoice.getTierCode(), now);
      case INTERVAL -> s.restartPeriods(invoice.getInterval(), invoice.getPeriodStart(), now);
    }
  }

  /** Voids what a subscription that is ending still owes. */
  public void voidOpenInvoices(long subscriptionId) {
    em.createQuery(
            "select i from SubscriptionInvoice i where i.subscriptionId = :s and i.status = :open",
            SubscriptionInvoice.class)
        .setParameter("s", subscriptionId)
        .setParameter("open", InvoiceStatus.OPEN)
        .getResultList()
        .forEach(SubscriptionInvoice::voided);
  }

  private static int periodIndex(Subscription s, Instant start) {
    for (int i = s.getPeriodIndex(); i <= s.getPeriodIndex() + 48; i++) {
      if (s.periodStart(i).equals(start)) {
        return i;
      }
    }
    throw new IllegalStateException("Invoice period " + start + " is not a period of " + s.getId());
  }
}
