package com.azora.payment.application;

import com.azora.learning.application.EnrolmentGrants;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.RefundDone;
import com.azora.payment.domain.DocumentNumber;
import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RevenueSplit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  @Inject private EnrolmentGrants enrolments;
  @Inject private Ledger ledger;
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
   * proportional reversal of the sale, issues a credit note, and revokes the enrolment when nothing
   * is left.
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
    int n = Documents.refunds(em, o.getId()) + 1;
    String key = "order:" + o.getId() + ":refund:" + n;
    PaymentProvider provider = providers.byName(o.getProvider());
    PaymentProvider.RefundResult result =
        provider.refund(
            new PaymentProvider.RefundRequest(o.getProviderRef(), part, cur, reason.strip(), key));
    if (result.status() == PaymentProvider.Status.FAILED) {
      throw DomainException.conflict(
          "amount", "The provider refused the refund: " + result.failureMessage());
    }
    BigDecimal before = o.getRefundedAmount();
    RevenueSplit reversal = sale(o).refundPart(o.getAmount(), before, before.add(part), cur);
    Posting.Builder p =
        Posting.builder("COURSE_REFUND", key, "Refund " + n + " of " + o.getReference())
            .actor(CurrentUser.id())
            .meta("orderId", o.getId())
            .meta("orderReference", o.getReference())
            .meta("courseId", o.getCourseId())
            .entry(AccountRef.system(AccountKind.PROVIDER_CLEARING, cur), part)
            .entry(
                AccountRef.system(AccountKind.PLATFORM_REVENUE, cur), reversal.platform().negate());
    reversal
        .instructors()
        .forEach(
            (id, v) ->
                p.entry(AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, id, cur), v.negate()));
    PostedTransaction tx = ledger.post(p.build());
    o.refund(part, now);
    String number =
        Documents.issue(
            em,
            DocumentNumber.CREDIT_NOTE,
            o,
            n,
            part,
            reason.strip(),
            result.providerRef(),
            tx.id(),
            CurrentUser.id(),
            now);
    if (o.getStatus() == OrderStatus.REFUNDED) {
      enrolments.revoke(o.getUserId(), o.getCourseId());
    }
    return new RefundDone(number, o.getStatus(), o.remaining());
  }

  /** Any receipt or credit note, as a PDF. */
  public DocumentFile document(String number) {
    var content = Documents.content(em, number, null, ConfigKey.DEMO.asBoolean());
    return new DocumentFile(content.number() + ".pdf", ReceiptPdf.render(content));
  }

  /** The split the sale actually booked, read back from its ledger entries. */
  private RevenueSplit sale(PurchaseOrder o) {
    List<?> rows =
        em.createNativeQuery(
                "select a.kind, a.owner_id, e.amount from ledger_entry e"
                    + " join ledger_account a on a.id = e.account_id"
                    + " join ledger_transaction t on t.id = e.transaction_id"
                    + " where t.idempotency_key = ?1 order by a.owner_id")
            .setParameter(1, "order:" + o.getId() + ":paid")
            .getResultList();
    Map<Long, BigDecimal> instructors = new LinkedHashMap<>();
    BigDecimal platform = BigDecimal.ZERO;
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      BigDecimal v = ((BigDecimal) r[2]).setScale(o.currency().scale());
      if (AccountKind.INSTRUCTOR_PENDING.name().equals(r[0])) {
        instructors.put(((Number) r[1]).longValue(), v);
      } else if (AccountKind.PLATFORM_REVENUE.name().equals(r[0])) {
        platform = v;
      }
    }
    return new RevenueSplit(instructors, platform);
  }
}
