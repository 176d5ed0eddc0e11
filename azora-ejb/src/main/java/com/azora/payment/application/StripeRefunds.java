package com.azora.payment.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RefundState;
import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.payment.infrastructure.StripePaymentProvider.StripeRefund;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What Stripe reports about a refund, applied to Azora's books: a refund Azora made (known by its
 * Stripe id) is confirmed paid back or marked failed; one made elsewhere (Stripe's dashboard) is
 * booked like a desk refund, credit note and revocation included, and paid back when Stripe says it
 * succeeded. The order's row lock serialises this with the desk's own refund (which holds the lock
 * while it calls Stripe), so a refund reported while Azora is still booking it is found, not booked
 * again. Repeats and any order of events converge on the same rows.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StripeRefunds {

  private static final Logger LOG = Logger.getLogger(StripeRefunds.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private RefundBooking booking;

  /** Applies one refund; true when it changed something. */
  public boolean apply(StripeRefund r, Instant now) {
    if (r.id() == null || r.paymentIntent() == null) {
      return false;
    }
    PurchaseOrder o =
        em.createQuery(
                "select o from PurchaseOrder o where o.provider = :p and o.providerRef = :pi",
                PurchaseOrder.class)
            .setParameter("p", StripePaymentProvider.NAME)
            .setParameter("pi", r.paymentIntent())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null) {
      LOG.info("Stripe refund " + r.id() + " is not for a course order; ignored");
      return false;
    }
    String status = r.status() == null ? "" : r.status();
    boolean gone = status.equals("failed") || status.equals("canceled");
    Optional<RefundBooking.Known> known = booking.byProviderRef(StripePaymentProvider.NAME, r.id());
    if (known.isPresent()) {
      RefundBooking.Known k = known.get();
      if (status.equals("succeeded")) {
        return booking.paidBack(k.id(), null, now);
      }
      if (gone && k.state() == RefundState.OWED) {
        booking.failed(
            k.id(),
            "Stripe: refund "
                + status
                + (r.failureReason() == null ? "" : " (" + r.failureReason() + ")"));
        return true;
      }
      return false;
    }
    if (gone) {
      return false;
    }
    return bookOutside(o, r, status, now);
  }

  /** A refund made outside Azora: booked once, with its credit note. */
  private boolean bookOutside(PurchaseOrder o, StripeRefund r, String status, Instant now) {
    LedgerCurrency cur = o.currency();
    if (r.currency() != null && !r.currency().toUpperCase(Locale.ROOT).equals(cur.name())) {
      LOG.warning("Stripe refund " + r.id() + " in " + r.currency() + " for a " + cur + " order");
      return false;
    }
    BigDecimal amount = r.amountIn(cur);
    if (!o.getStatus().refundable()
        || amount.signum() <= 0
        || amount.compareTo(o.remaining()) > 0) {
      LOG.warning(
          "Stripe refund "
              + r.id()
              + " of "
              + amount
              + " does not fit order "
              + o.getReference()
              + " ("
              + o.getStatus()
              + ", "
              + o.remaining()
              + " left); an admin must look at it");
      return false;
    }
    RefundBooking.Decided d =
        booking.decide(
            o.getId(),
            booking.nextSeq(o.getId()),
            amount,
            "Refunded in Stripe" + (r.reason() == null ? "" : " (" + r.reason() + ")"),
            r.id(),
            RefundBooking.Origin.PROVIDER,
            null,
            now);
    if (status.equals("succeeded")) {
      booking.paidBack(d.refundId(), null, now);
    }
    return true;
  }
}
