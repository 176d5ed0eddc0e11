package com.azora.payment.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.payment.domain.DocumentNumber;
import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.domain.ReceiptContent;
import com.azora.payment.infrastructure.DocumentCounters;
import com.azora.platform.error.DomainException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Receipts and credit notes: numbers from a counter row per series and year that the issuing
 * transaction locks (an upsert), so a rolled-back payment leaves no gap; the rows are what the PDF
 * renders.
 */
final class Documents {

  private Documents() {}

  /** Issues the next number of the series and records the document; returns the number. */
  static String issue(
      EntityManager em,
      DocumentNumber series,
      PurchaseOrder order,
      int seq,
      BigDecimal amount,
      String reason,
      String providerRef,
      long ledgerTransactionId,
      Long actorId,
      Instant now) {
    String number = DocumentCounters.next(em, series, now);
    em.createNativeQuery(
            "insert into payment_document (number, kind, order_id, seq, amount, currency, reason,"
                + " provider_ref, ledger_transaction_id, actor_id, issued_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as bigint), ?11)")
        .setParameter(1, number)
        .setParameter(2, series.name())
        .setParameter(3, order.getId())
        .setParameter(4, seq)
        .setParameter(5, amount)
        .setParameter(6, order.currency().name())
        .setParameter(7, reason)
        .setParameter(8, providerRef)
        .setParameter(9, ledgerTransactionId)
        .setParameter(10, actorId)
        .setParameter(11, Timestamp.from(now))
        .executeUpdate();
    return number;
  }

  /** How many credit notes the order has (the next refund is number count + 1). */
  static int refunds(EntityManager em, long orderId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from payment_document where order_id = ?1"
                        + " and kind = 'CREDIT_NOTE'")
                .setParameter(1, orderId)
                .getSingleResult())
        .intValue();
  }

  /** A document's content for its PDF, if {@code userId} owns the order (null: any owner). */
  static ReceiptContent content(EntityManager em, String number, Long userId, boolean demo) {
    List<?> rows =
        em.createNativeQuery(
                "select d.number, d.kind, o.reference, d.issued_at, u.display_name, u.email,"
                    + " c.title, o.list_price, o.discount, d.amount, d.currency, o.provider,"
                    + " (select r.number from payment_document r where r.order_id = o.id"
                    + "   and r.kind = 'RECEIPT'), d.reason"
                    + " from payment_document d join purchase_order o on o.id = d.order_id"
                    + " join app_user u on u.id = o.user_id join course c on c.id = o.course_id"
                    + " where d.number = ?1 and (?2 = 0 or o.user_id = ?2)")
            .setParameter(1, number)
            .setParameter(2, userId == null ? 0L : userId)
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such receipt.");
    }
    Object[] r = (Object[]) rows.get(0);
    boolean credit = "CREDIT_NOTE".equals(r[1]);
    return new ReceiptContent(
        (String) r[0],
        credit,
        (String) r[2],
        instant(r[3]),
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (BigDecimal) r[7],
        (BigDecimal) r[8],
        (BigDecimal) r[9],
        ((String) r[10]).strip(),
        (String) r[11],
        credit ? (String) r[12] : null,
        (String) r[13],
        demo);
  }
}
