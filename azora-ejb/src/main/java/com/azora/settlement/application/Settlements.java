package com.azora.settlement.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.PageResult;
import com.azora.settlement.application.SettlementViews.ItemRow;
import com.azora.settlement.application.SettlementViews.SettlementRow;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Settlement queries shared by the admin's and the instructor's services (paged in SQL). */
final class Settlements {

  private static final String ROW =
      "select s.id, s.business_date, s.instructor_id, u.display_name, u.email, s.currency,"
          + " s.amount, s.items, s.status, s.created_at from settlement s"
          + " join app_user u on u.id = s.instructor_id ";

  private Settlements() {}

  /**
   * Settlements, newest period first; {@code date} and {@code instructorId} narrow when not null.
   */
  static PageResult<SettlementRow> page(
      EntityManager em, LocalDate date, Long instructorId, int first, int max) {
    String where =
        "where (cast(?1 as date) is null or s.business_date = cast(?1 as date))"
            + " and (cast(?2 as bigint) is null or s.instructor_id = cast(?2 as bigint))";
    List<SettlementRow> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                ROW
                    + where
                    + " order by s.business_date desc, u.display_name, s.currency, s.id"
                    + " offset ?3 limit ?4")
            .setParameter(1, date == null ? null : Date.valueOf(date))
            .setParameter(2, instructorId)
            .setParameter(3, Math.max(first, 0))
            .setParameter(4, Math.min(Math.max(max, 1), 500))
            .getResultList()) {
      rows.add(settlement((Object[]) row));
    }
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from settlement s " + where)
                    .setParameter(1, date == null ? null : Date.valueOf(date))
                    .setParameter(2, instructorId)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(rows, total);
  }

  static SettlementRow one(EntityManager em, long id, Long instructorId) {
    List<?> rows =
        em.createNativeQuery(
                ROW
                    + "where s.id = ?1 and (cast(?2 as bigint) is null"
                    + " or s.instructor_id = cast(?2 as bigint))")
            .setParameter(1, id)
            .setParameter(2, instructorId)
            .getResultList();
    return rows.isEmpty() ? null : settlement((Object[]) rows.get(0));
  }

  static PageResult<ItemRow> items(EntityManager em, long settlementId, int first, int max) {
    List<ItemRow> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select i.id, i.kind, o.reference, c.title, i.amount, i.transaction_id,"
                    + " i.created_at, s.currency from settlement_item i"
                    + " join settlement s on s.id = i.settlement_id"
                    + " join purchase_order o on o.id = i.order_id"
                    + " join course c on c.id = o.course_id where i.settlement_id = ?1"
                    + " order by i.id offset ?2 limit ?3")
            .setParameter(1, settlementId)
            .setParameter(2, Math.max(first, 0))
            .setParameter(3, Math.min(Math.max(max, 1), 500))
            .getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new ItemRow(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              money((BigDecimal) r[4], (String) r[7]),
              r[5] == null ? null : ((Number) r[5]).longValue(),
              ((Timestamp) r[6]).toInstant()));
    }
    long total =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from settlement_item where settlement_id = ?1")
                    .setParameter(1, settlementId)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(rows, total);
  }

  private static SettlementRow settlement(Object[] r) {
    String currency = (String) r[5];
    return new SettlementRow(
        ((Number) r[0]).longValue(),
        ((Date) r[1]).toLocalDate(),
        ((Number) r[2]).longValue(),
        (String) r[3],
        (String) r[4],
        currency,
        money((BigDecimal) r[6], currency),
        ((Number) r[7]).intValue(),
        (String) r[8],
        ((Timestamp) r[9]).toInstant());
  }

  static BigDecimal money(BigDecimal amount, String currency) {
    try {
      return LedgerCurrency.of(currency).exact(amount);
    } catch (IllegalArgumentException e) {
      return amount.stripTrailingZeros();
    }
  }
}
