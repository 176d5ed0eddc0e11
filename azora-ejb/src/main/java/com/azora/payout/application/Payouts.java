package com.azora.payout.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payout.application.PayoutViews.ItemRow;
import com.azora.platform.PageResult;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Payout item queries shared by the admin's and the instructor's services (paged in SQL). */
final class Payouts {

  private static final String ROW =
      "select i.id, i.batch_id, b.business_date, i.instructor_id, u.display_name, u.email,"
          + " i.currency, i.amount, i.provider, i.status, i.attempts, i.next_attempt_at,"
          + " i.last_error, i.provider_ref, i.paid_at from payout_item i"
          + " join payout_batch b on b.id = i.batch_id join app_user u on u.id = i.instructor_id ";

  private Payouts() {}

  /** Items of a batch or of an instructor (whichever is not null), by id. */
  static PageResult<ItemRow> items(
      EntityManager em, Long batchId, Long instructorId, int first, int max) {
    String where =
        "where (cast(?1 as bigint) is null or i.batch_id = cast(?1 as bigint))"
            + " and (cast(?2 as bigint) is null or i.instructor_id = cast(?2 as bigint))";
    List<ItemRow> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                ROW
                    + where
                    + (instructorId != null ? " order by i.id desc" : " order by i.id")
                    + " offset ?3 limit ?4")
            .setParameter(1, batchId)
            .setParameter(2, instructorId)
            .setParameter(3, Math.max(first, 0))
            .setParameter(4, Math.min(Math.max(max, 1), 500))
            .getResultList()) {
      rows.add(item((Object[]) row));
    }
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from payout_item i " + where)
                    .setParameter(1, batchId)
                    .setParameter(2, instructorId)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(rows, total);
  }

  static ItemRow item(Object[] r) {
    String currency = (String) r[6];
    return new ItemRow(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Date) r[2]).toLocalDate(),
        ((Number) r[3]).longValue(),
        (String) r[4],
        (String) r[5],
        currency,
        money((BigDecimal) r[7], currency),
        (String) r[8],
        (String) r[9],
        ((Number) r[10]).intValue(),
        r[11] == null ? null : ((Timestamp) r[11]).toInstant(),
        (String) r[12],
        (String) r[13],
        r[14] == null ? null : ((Timestamp) r[14]).toInstant());
  }

  static BigDecimal money(BigDecimal amount, String currency) {
    return LedgerCurrency.of(currency).round(amount == null ? BigDecimal.ZERO : amount);
  }
}
