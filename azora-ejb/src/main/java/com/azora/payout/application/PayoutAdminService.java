package com.azora.payout.application;

import com.azora.payout.application.PayoutViews.BatchRow;
import com.azora.payout.application.PayoutViews.ItemRow;
import com.azora.payout.domain.BankTransferCsv;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The admin's payout desk: batches and their items, the bank transfer file, and confirming or
 * failing bank payouts once the bank has answered.
 */
@Stateless
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class PayoutAdminService {

  private static final String BATCH =
      "select b.id, b.business_date, b.status, count(i.id),"
          + " count(i.id) filter (where i.status = 'PAID'),"
          + " count(i.id) filter (where i.status not in ('PAID', 'FAILED')),"
          + " count(i.id) filter (where i.status = 'FAILED'),"
          + " coalesce((select string_agg(t.total || ' ' || t.currency, ', ' order by t.currency)"
          + " from (select currency, to_char(sum(amount), 'FM999999999999990.00') total"
          + " from payout_item where batch_id = b.id group by currency) t), ''), b.created_at"
          + " from payout_batch b left join payout_item i on i.batch_id = b.id ";

  @PersistenceContext private EntityManager em;
  @EJB private PayoutBook book;

  /** Batches, newest business date first. */
  public PageResult<BatchRow> batches(int first, int max) {
    List<BatchRow> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                BATCH + "group by b.id order by b.business_date desc offset ?1 limit ?2")
            .setParameter(1, Math.max(first, 0))
            .setParameter(2, Math.min(Math.max(max, 1), 100))
            .getResultList()) {
      rows.add(batch((Object[]) row));
    }
    long total =
        ((Number) em.createNativeQuery("select count(*) from payout_batch").getSingleResult())
            .longValue();
    return new PageResult<>(rows, total);
  }

  public BatchRow batch(long id) {
    List<?> rows =
        em.createNativeQuery(BATCH + "where b.id = ?1 group by b.id")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such payout batch.");
    }
    return batch((Object[]) rows.get(0));
  }

  public PageResult<ItemRow> items(long batchId, int first, int max) {
    return Payouts.items(em, batchId, null, first, max);
  }

  /** The bank transfer file of the batch's payouts waiting for the bank. */
  public String bankCsv(long batchId) {
    batch(batchId);
    List<BankTransferCsv.Row> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select i.id, m.account_holder, m.account_number, m.bank_code, m.country,"
                    + " i.amount, i.currency from payout_item i"
                    + " join payout_method m on m.instructor_id = i.instructor_id"
                    + " where i.batch_id = ?1 and i.provider = 'bank' and i.status = 'AWAITING'"
                    + " order by i.id")
            .setParameter(1, batchId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new BankTransferCsv.Row(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              Payouts.money((BigDecimal) r[5], (String) r[6]),
              (String) r[6]));
    }
    return BankTransferCsv.of(rows);
  }

  /** The bank paid this item. */
  public void confirm(long itemId) {
    book.confirmPaid(itemId, CurrentUser.id());
  }

  /** The bank paid every item of the batch waiting for it; returns how many. */
  public int confirmBatch(long batchId) {
    batch(batchId);
    List<?> ids =
        em.createNativeQuery(
                "select id from payout_item where batch_id = ?1 and status = 'AWAITING'"
                    + " order by id")
            .setParameter(1, batchId)
            .getResultList();
    long admin = CurrentUser.id();
    for (Object id : ids) {
      book.confirmPaid(((Number) id).longValue(), admin);
    }
    return ids.size();
  }

  /** The payout failed (returned by the bank, wrong account...): the money goes back. */
  public void markFailed(long itemId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "Say why the payout failed.");
    }
    book.markFailed(itemId, "Marked failed by an admin: " + reason.strip(), CurrentUser.id());
  }

  /** Makes a waiting retry due now (the next payouts run sends it). */
  public void retryNow(long itemId) {
    if (!book.retryNow(itemId)) {
      throw DomainException.conflict("status", "Only a payout waiting for a retry can be retried.");
    }
  }

  private static BatchRow batch(Object[] r) {
    return new BatchRow(
        ((Number) r[0]).longValue(),
        ((Date) r[1]).toLocalDate(),
        (String) r[2],
        ((Number) r[3]).longValue(),
        ((Number) r[4]).longValue(),
        ((Number) r[5]).longValue(),
        ((Number) r[6]).longValue(),
        (String) r[7],
        ((Timestamp) r[8]).toInstant());
  }
}
