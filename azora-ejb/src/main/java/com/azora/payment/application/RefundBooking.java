package com.azora.payment.application;

import com.azora.learning.application.EnrolmentGrants;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.domain.DocumentNumber;
import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.RefundState;
import com.azora.payment.domain.RevenueSplit;
import com.azora.platform.security.Anonymous;
import com.azora.settlement.application.SettledShares;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a refund is booked, whoever started it (an admin on the desk, or Stripe reporting a
 * refund made in its dashboard): deciding it moves the platform's and the instructors' parts of the
 * sale into REFUNDS (what Azora owes the buyer) under {@code order:<id>:refund:<n>}, issues the
 * credit note and revokes the enrolment when nothing is left; the money going back moves it from
 * REFUNDS to provider clearing under {@code order:<id>:refund:<n>:paid}. The caller holds the
 * order's row lock. {@code @Anonymous} because webhooks have no user; {@code MANDATORY} so only
 * services that checked their caller reach it.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RefundBooking {

  /** Who started a refund: Azora (the admin desk) or the provider (its dashboard). */
  public enum Origin {
    AZORA,
    PROVIDER
  }

  /** A decided refund: its row and its credit note. */
  public record Decided(long refundId, int seq, String creditNote) {}

  /** A refund row as the webhook needs it. */
  public record Known(long id, long orderId, int seq, RefundState state) {}

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private EnrolmentGrants enrolments;
  @Inject private SettledShares settledShares;

  /** The business key of refund {@code seq} of an order (also the provider's idempotency key). */
  public static String key(long orderId, int seq) {
    return "order:" + orderId + ":refund:" + seq;
  }

  /** The number the next refund of the order gets (one credit note per refund). */
  public int nextSeq(long orderId) {
    return Documents.refunds(em, orderId) + 1;
  }

  /**
   * Decides refund {@code seq} of {@code part} of the (locked) order: books the reversal of the
   * sale into REFUNDS, records the refund OWED with the provider's id, issues the credit note and
   * revokes the enrolment when the order is refunded in full.
   */
  public Decided decide(
      long orderId,
      int seq,
      BigDecimal part,
      String reason,
      String providerRef,
      Origin origin,
      Long actorId,
      Instant now) {
    PurchaseOrder o = em.find(PurchaseOrder.class, orderId);
    LedgerCurrency cur = o.currency();
    BigDecimal before = o.getRefundedAmount();
    RevenueSplit reversal = sale(o).refundPart(o.getAmount(), before, before.add(part), cur);
    Posting.Builder p =
        Posting.builder(
                "COURSE_REFUND", key(orderId, seq), "Refund " + seq + " of " + o.getReference())
            .actor(actorId)
            .meta("orderId", o.getId())
            .meta("orderReference", o.getReference())
            .meta("courseId", o.getCourseId())
            .meta("refundSeq", seq)
            .entry(AccountRef.system(AccountKind.REFUNDS, cur), part)
            .entry(
                AccountRef.system(AccountKind.PLATFORM_REVENUE, cur), reversal.platform().negate());
    instructorPart(o, reversal, key(orderId, seq)).forEach(p::entry);
    PostedTransaction tx = ledger.post(p.build());
    o.refund(part, now);
    String number =
        Documents.issue(
            em,
            DocumentNumber.CREDIT_NOTE,
            o,
            seq,
            part,
            reason,
            providerRef,
            tx.id(),
            actorId,
            now);
    long id =
        ((Number)
                em.createNativeQuery(
                        "insert into payment_refund (order_id, seq, amount, currency, provider,"
                            + " provider_ref, origin, status, decided_tx_id, created_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'OWED', ?8, ?9) returning id")
                    .setParameter(1, o.getId())
                    .setParameter(2, seq)
                    .setParameter(3, part)
                    .setParameter(4, cur.name())
                    .setParameter(5, o.getProvider())
                    .setParameter(6, providerRef)
                    .setParameter(7, origin.name())
                    .setParameter(8, tx.id())
                    .setParameter(9, Timestamp.from(now))
                    .getSingleResult())
            .longValue();
    if (o.getStatus() == OrderStatus.REFUNDED) {
      enrolments.revoke(o.getUserId(), o.getCourseId());
    }
    return new Decided(id, seq, number);
  }

  /**
   * The instructors' side of a refund: what each instructor gives back, in proportion to what the
   * sale gave them, taken from their pending earnings, or once the share was settled from
   * RECEIVABLES (the next settlement run recovers it from the available balance). Entries are
   * signed (negative: taken from the account).
   */
  Map<AccountRef, BigDecimal> instructorPart(PurchaseOrder o, RevenueSplit reversal, String key) {
    Map<AccountRef, BigDecimal> entries = new LinkedHashMap<>();
    reversal
        .instructors()
        .forEach(
            (id, v) ->
                entries.merge(
                    settledShares.refundFrom(o.getId(), id, o.currency(), v, key),
                    v.negate(),
                    BigDecimal::add));
    return entries;
  }

  /**
   * Records that the money of refund {@code refundId} went back to the buyer: REFUNDS to provider
   * clearing, once. False when it already was.
   */
  public boolean paidBack(long refundId, Long actorId, Instant now) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select r.order_id, r.seq, r.amount, r.currency, r.status, o.reference"
                        + " from payment_refund r join purchase_order o on o.id = r.order_id"
                        + " where r.id = ?1 for update of r")
                .setParameter(1, refundId)
                .getSingleResult();
    if (RefundState.PAID_BACK.name().equals(r[4])) {
      return false;
    }
    long orderId = ((Number) r[0]).longValue();
    int seq = ((Number) r[1]).intValue();
    LedgerCurrency cur = LedgerCurrency.of(((String) r[3]).strip());
    PostedTransaction tx =
        ledger.post(
            Posting.builder(
                    "REFUND_PAID",
                    key(orderId, seq) + ":paid",
                    "Refund " + seq + " of " + r[5] + " paid back")
                .actor(actorId)
                .meta("orderId", orderId)
                .meta("orderReference", r[5])
                .meta("refundSeq", seq)
                .move(
                    AccountRef.system(AccountKind.REFUNDS, cur),
                    AccountRef.system(AccountKind.PROVIDER_CLEARING, cur),
                    (BigDecimal) r[2])
                .build());
    em.createNativeQuery(
            "update payment_refund set status = 'PAID_BACK', paid_back_tx_id = ?1,"
                + " paid_back_at = ?2, failure_message = null where id = ?3")
        .setParameter(1, tx.id())
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, refundId)
        .executeUpdate();
    return true;
  }

  /** The provider could not return the money: still owed, now marked FAILED with why. */
  public void failed(long refundId, String message) {
    String m =
        message == null || message.isBlank() ? "The provider could not pay it back" : message;
    em.createNativeQuery(
            "update payment_refund set status = 'FAILED', failure_message = ?1"
                + " where id = ?2 and status = 'OWED'")
        .setParameter(1, m.length() > 500 ? m.substring(0, 500) : m)
        .setParameter(2, refundId)
        .executeUpdate();
  }

  /** The refund the provider knows as {@code providerRef}, if Azora recorded it. */
  public Optional<Known> byProviderRef(String provider, String providerRef) {
    return rows("where provider = ?1 and provider_ref = ?2", provider, providerRef);
  }

  /** Refund {@code seq} of an order. */
  public Optional<Known> bySeq(long orderId, int seq) {
    return rows("where order_id = ?1 and seq = ?2", orderId, seq);
  }

  private Optional<Known> rows(String where, Object a, Object b) {
    List<?> rows =
        em.createNativeQuery("select id, order_id, seq, status from payment_refund " + where)
            .setParameter(1, a)
            .setParameter(2, b)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new Known(
                  ((Number) r[0]).longValue(),
                  ((Number) r[1]).longValue(),
                  ((Number) r[2]).intValue(),
                  RefundState.valueOf((String) r[3]));
            })
        .findFirst();
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
