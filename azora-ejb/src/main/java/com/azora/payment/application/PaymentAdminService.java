package com.azora.payment.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.RefundDone;
import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RefundState;
import com.azora.payment.infrastructure.OfflinePaymentProvider;
import com.azora.payment.infrastructure.PaymentProviders;
import com.azora.payment.infrastructure.ReceiptPdf;
import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The admin's side of payments: confirm or cancel pending bank transfers, and refund paid orders
 * (in full or in part, within the refund window), each booked in the ledger with its document.
 */
@Stateless
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class PaymentAdminService {

  private static final String PENDING_OFFLINE = "where o.status = 'PENDING' and o.provider = ?1";
  private static final String PAID = "where o.status in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')";

  @PersistenceContext private EntityManager em;
  @Inject private CouponDiscounts coupons;
  @Inject private Fulfilment fulfilment;
  @Inject private PaymentProviders providers;
  @Inject private RefundBooking refunds;
  @Inject private Clock clock;

  /** Bank-transfer orders waiting for the money, newest first. */
  public PageResult<OrderView> pendingOffline(int first, int max) {
    List<Object> offline = List.of(OfflinePaymentProvider.NAME);
    return new PageResult<>(
        Orders.views(em, PENDING_OFFLINE, offline, first, Math.min(max, 100)),
        Orders.count(em, PENDING_OFFLINE, offline));
  }

  /** Paid (and refunded) orders, newest first. */
  public PageResult<OrderView> paid(int first, int max) {
    return new PageResult<>(
        Orders.views(em, PAID, List.of(), first, Math.min(max, 100)),
        Orders.count(em, PAID, List.of()));
  }

  public OrderView order(String reference) {
    return Orders.view(em, Orders.find(em, reference, null).getId());
  }

  /** Confirms a bank transfer arrived: the order is fulfilled like any other payment. */
  public OrderView confirm(String reference) {
    PurchaseOrder o = Orders.lock(em, reference, null);
    if (!OfflinePaymentProvider.NAME.equals(o.getProvider())) {
      throw DomainException.conflict(null, "Only bank-transfer orders are confirmed by hand.");
    }
    if (o.getStatus() == OrderStatus.CANCELED) {
      throw DomainException.conflict(null, "This order was canceled.");
    }
    fulfilment.fulfil(o.getId(), null, CurrentUser.id());
    return Orders.view(em, o.getId());
  }

  /** Cancels a pending order (the transfer never came). */
  public OrderView cancel(String reference, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "Say why the order is canceled.");
    }
    if (reason.strip().length() > 500) {
      throw DomainException.invalid("reason", "At most 500 characters.");
    }
    PurchaseOrder o = Orders.lock(em, reference, null);
    if (o.getStatus() != OrderStatus.PENDING) {
      throw DomainException.conflict(null, "Only a pending order can be canceled.");
    }
    o.cancel(reason, Instant.now(clock));
    coupons.release(reference);
    return Orders.view(em, o.getId());
  }

  /**
   * Refunds {@code amount} (null: everything left) of a paid order through its provider, books the
   * proportional reversal of the sale as owed to the buyer, issues a credit note, and revokes the
   * enrolment when nothing is left; when the provider returned the money at once (Stripe's refund
   * succeeded) the refund is paid back in the same transaction, else it stays owed until the
   * provider's webhook or an admin (bank transfers) confirms it.
   */
  public RefundDone refund(String reference, BigDecimal amount, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "Say why the order is refunded.");
    }
    if (reason.strip().length() > 500) {
      throw DomainException.invalid("reason", "At most 500 characters.");
    }
    PurchaseOrder o = Orders.lock(em, reference, null);
    if (!o.getStatus().refundable()) {
      throw DomainException.conflict(
          null,
          o.getStatus() == OrderStatus.REFUNDED
              ? "This order is already refunded in full."
              : "Only a paid order can be refunded.");
    }
    Instant now = Instant.now(clock);
    int days = ConfigKey.REFUND_WINDOW_DAYS.asInt();
    if (o.getPaidAt().plus(Duration.ofDays(days)).isBefore(now)) {
      throw DomainException.conflict(
          null, "The refund window of " + days + " days after payment has passed.");
    }
    LedgerCurrency cur = o.currency();
    BigDecimal part = amount == null ? o.remaining() : amount;
    if (part.signum() <= 0) {
      throw DomainException.invalid("amount", "A refund is more than zero.");
    }
    if (part.scale() > cur.scale()) {
      throw DomainException.invalid("amount", "At most " + cur.scale() + " decimals.");
    }
    part = cur.exact(part);
    if (part.compareTo(o.remaining()) > 0) {
      throw DomainException.invalid(
          "amount",
          "At most "
              + o.remaining().toPlainString()
              + " "
              + cur.name()
              + " is left to refund on this order.");
    }
    int n = refunds.nextSeq(o.getId());
    PaymentProvider provider = providers.byName(o.getProvider());
    PaymentProvider.RefundResult result =
        provider.refund(
            new PaymentProvider.RefundRequest(
                o.getProviderRef(), part, cur, reason.strip(), RefundBooking.key(o.getId(), n)));
    if (result.status() == PaymentProvider.Status.FAILED) {
      throw DomainException.conflict(
          "amount", "The provider refused the refund: " + result.failureMessage());
    }
    RefundBooking.Decided d =
        refunds.decide(
            o.getId(),
            n,
            part,
            reason.strip(),
            result.providerRef(),
            RefundBooking.Origin.AZORA,
            CurrentUser.id(),
            now);
    boolean back = result.status() == PaymentProvider.Status.SUCCEEDED;
    if (back) {
      refunds.paidBack(d.refundId(), CurrentUser.id(), now);
    }
    return new RefundDone(
        d.creditNote(),
        o.getStatus(),
        o.remaining(),
        d.seq(),
        back ? RefundState.PAID_BACK : RefundState.OWED);
  }

  /**
   * Records that refund {@code seq} of an order was paid back by hand: a bank-transfer order's
   * refund, or a card refund the provider failed to return. Refunds the provider still processes
   * are confirmed by the provider.
   */
  public OrderView markRefundPaidBack(String reference, int seq) {
    PurchaseOrder o = Orders.lock(em, reference, null);
    RefundBooking.Known r =
        refunds
            .bySeq(o.getId(), seq)
            .orElseThrow(() -> DomainException.notFound("No such refund of this order."));
    if (!r.state().awaitsPayBack()) {
      throw DomainException.conflict(null, "This refund is already paid back.");
    }
    if (!OfflinePaymentProvider.NAME.equals(o.getProvider()) && r.state() != RefundState.FAILED) {
      throw DomainException.conflict(
          null, "The card provider is still returning this refund; it confirms when done.");
    }
    refunds.paidBack(r.id(), CurrentUser.id(), Instant.now(clock));
    return Orders.view(em, o.getId());
  }

  /** Any receipt or credit note, as a PDF. */
  public DocumentFile document(String number) {
    var content = Documents.content(em, number, null, ConfigKey.DEMO.asBoolean());
    return new DocumentFile(content.number() + ".pdf", ReceiptPdf.render(content));
  }
}
