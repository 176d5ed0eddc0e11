package com.azora.settlement.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.PageResult;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The caller's own earnings, read from the entries of their instructor accounts (pending and
 * available): sales are {@code COURSE_SALE} postings, refunds {@code COURSE_REFUND}; paid is what
 * payout items really paid (a reserved or returned payout is not paid). Moves between the caller's
 * two accounts (pending to available) cancel out.
 */
@Stateless
@RequiresPermissions(Permissions.EARNINGS_READ)
public class EarningsService {

  private static final String MINE =
      " from ledger_entry e join ledger_account a on a.id = e.account_id"
          + " join ledger_transaction t on t.id = e.transaction_id"
          + " where a.owner_id = ?1 and a.kind in ('INSTRUCTOR_PENDING', 'INSTRUCTOR_AVAILABLE')";

  @PersistenceContext private EntityManager em;

  /** Balances, per-course and per-month figures of the signed-in instructor. */
  public Earnings mine() {
    long me = CurrentUser.id();
    return new Earnings(totals(me), byCourse(me), byMonth(me));
  }

  /** The signed-in instructor's settlements, newest period first. */
  public PageResult<SettlementViews.SettlementRow> mySettlements(int first, int max) {
    return Settlements.page(em, null, CurrentUser.id(), first, Math.min(max, 100));
  }

  private List<Earnings.Total> totals(long me) {
    Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select currency, kind, balance from ledger_account where owner_id = ?1"
                    + " and kind in ('INSTRUCTOR_PENDING', 'INSTRUCTOR_AVAILABLE')")
            .setParameter(1, me)
            .getResultList()) {
      Object[] r = (Object[]) row;
      BigDecimal[] t = byCurrency.computeIfAbsent((String) r[0], c -> zeros(3));
      t["INSTRUCTOR_PENDING".equals(r[1]) ? 0 : 1] = (BigDecimal) r[2];
    }
    for (Object row :
        em.createNativeQuery(
                "select currency, sum(amount) from payout_item where instructor_id = ?1"
                    + " and status = 'PAID' group by currency")
            .setParameter(1, me)
            .getResultList()) {
      Object[] r = (Object[]) row;
      byCurrency.computeIfAbsent((String) r[0], c -> zeros(3))[2] = (BigDecimal) r[1];
    }
    List<Earnings.Total> totals = new ArrayList<>();
    byCurrency.forEach(
        (currency, t) ->
            totals.add(
                new Earnings.Total(
                    currency,
                    money(t[0], currency),
                    money(t[1], currency),
                    money(t[2], currency))));
    return totals;
  }

  private List<Earnings.ByCourse> byCourse(long me) {
    List<Earnings.ByCourse> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select s.course_id, c.title, s.currency, s.sales, s.refunds from (select"
                    + " case when t.metadata::jsonb ->> 'courseId' ~ '^[0-9]{1,18}$'"
                    + " then (t.metadata::jsonb ->> 'courseId')::bigint end as course_id,"
                    + " e.currency,"
                    + " coalesce(sum(e.amount) filter (where t.type = 'COURSE_SALE'), 0) as sales,"
                    + " coalesce(sum(e.amount) filter (where t.type = 'COURSE_REFUND'), 0)"
                    + " as refunds"
                    + MINE
                    + " and t.type in ('COURSE_SALE', 'COURSE_REFUND') group by 1, 2) s"
                    + " left join course c on c.id = s.course_id"
                    + " order by c.title nulls last, s.course_id, s.currency")
            .setParameter(1, me)
            .getResultList()) {
      Object[] r = (Object[]) row;
      String currency = (String) r[2];
      BigDecimal sales = money((BigDecimal) r[3], currency);
      BigDecimal refunds = money((BigDecimal) r[4], currency);
      Long courseId = r[0] == null ? null : ((Number) r[0]).longValue();
      String title = r[1] == null ? "(unknown course)" : (String) r[1];
      rows.add(
          new Earnings.ByCourse(courseId, title, currency, sales, refunds, sales.add(refunds)));
    }
    return rows;
  }

  private List<Earnings.ByMonth> byMonth(long me) {
    List<Earnings.ByMonth> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select coalesce(s.month, p.month), coalesce(s.currency, p.currency),"
                    + " coalesce(s.sales, 0), coalesce(s.refunds, 0), coalesce(p.paid, 0) from"
                    + " (select to_char(t.created_at at time zone 'UTC', 'YYYY-MM') as month,"
                    + " e.currency,"
                    + " coalesce(sum(e.amount) filter (where t.type = 'COURSE_SALE'), 0) as sales,"
                    + " coalesce(sum(e.amount) filter (where t.type = 'COURSE_REFUND'), 0)"
                    + " as refunds"
                    + MINE
                    + " and t.type in ('COURSE_SALE', 'COURSE_REFUND') group by 1, 2) s"
                    // Paid is what payouts really paid (reserved or returned money is not).
                    + " full join (select to_char(paid_at at time zone 'UTC', 'YYYY-MM') as month,"
                    + " currency, sum(amount) as paid from payout_item where instructor_id = ?1"
                    + " and status = 'PAID' group by 1, 2) p"
                    + " on p.month = s.month and p.currency = s.currency order by 1, 2")
            .setParameter(1, me)
            .getResultList()) {
      Object[] r = (Object[]) row;
      String currency = (String) r[1];
      BigDecimal sales = money((BigDecimal) r[2], currency);
      BigDecimal refunds = money((BigDecimal) r[3], currency);
      rows.add(
          new Earnings.ByMonth(
              (String) r[0],
              currency,
              sales,
              refunds,
              sales.add(refunds),
              money((BigDecimal) r[4], currency)));
    }
    return rows;
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  /** Ledger amounts carry 8 decimals in the column; shown at the currency's scale. */
  private static BigDecimal money(BigDecimal amount, String currency) {
    BigDecimal a = amount == null ? BigDecimal.ZERO : amount;
    try {
      return LedgerCurrency.of(currency).exact(a);
    } catch (IllegalArgumentException e) {
      return a.stripTrailingZeros();
    }
  }
}
