package com.azora.token.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.PageResult;
import com.azora.platform.security.CurrentUser;
import com.azora.token.application.TokenViews.Balance;
import com.azora.token.application.TokenViews.WalletFilter;
import com.azora.token.application.TokenViews.WalletLine;
import com.azora.token.application.TokenViews.WalletSummary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The caller's wallets: balances per currency and the entries booked on them, filtered and paged by
 * the database. Only the caller's own accounts are ever read.
 */
@Stateless
@RequiresAuthentication
public class WalletService {

  private static final int CSV_MAX_ROWS = 10_000;

  @PersistenceContext private EntityManager em;

  /** AZR always, then every other currency the caller holds. */
  public List<Balance> balances() {
    List<Balance> out = new ArrayList<>();
    boolean azr = false;
    for (Object row :
        em.createNativeQuery(
                "select currency, balance from ledger_account where owner_id = ?1"
                    + " and kind = 'USER_WALLET' order by currency <> 'AZR', currency")
            .setParameter(1, CurrentUser.id())
            .getResultList()) {
      Object[] r = (Object[]) row;
      LedgerCurrency c = LedgerCurrency.of((String) r[0]);
      azr |= c == LedgerCurrency.AZR;
      out.add(new Balance(c.name(), ((BigDecimal) r[1]).setScale(c.scale())));
    }
    if (!azr) {
      out.add(0, new Balance("AZR", BigDecimal.ZERO.setScale(2)));
    }
    return out;
  }

  /** The caller's AZR balance. */
  public BigDecimal azr() {
    return balances().stream()
        .filter(b -> b.currency().equals("AZR"))
        .map(Balance::amount)
        .findFirst()
        .orElseThrow();
  }

  public PageResult<WalletLine> transactions(WalletFilter filter, int first, int pageSize) {
    List<Object> params = new ArrayList<>();
    String where = where(filter == null ? WalletFilter.none() : filter, params);
    Query count = em.createNativeQuery("select count(*)" + FROM + where);
    Query rows = em.createNativeQuery(SELECT + FROM + where + " order by e.id desc");
    bind(count, params);
    bind(rows, params);
    rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(pageSize, 1), 200));
    return new PageResult<>(lines(rows), ((Number) count.getSingleResult()).longValue());
  }

  /** The filtered list as CSV (newest first, at most 10,000 rows). */
  public String csv(WalletFilter filter) {
    List<Object> params = new ArrayList<>();
    Query rows =
        em.createNativeQuery(
            SELECT
                + FROM
                + where(filter == null ? WalletFilter.none() : filter, params)
                + " order by e.id desc");
    bind(rows, params);
    rows.setMaxResults(CSV_MAX_ROWS);
    StringBuilder s =
        new StringBuilder("date,transaction,type,description,memo,currency,amount,balance_after\n");
    for (WalletLine l : lines(rows)) {
      s.append(l.at())
          .append(',')
          .append(l.transactionId())
          .append(',')
          .append(l.type())
          .append(',')
          .append(cell(l.description()))
          .append(',')
          .append(cell(l.memo()))
          .append(',')
          .append(l.currency())
          .append(',')
          .append(l.amount().toPlainString())
          .append(',')
          .append(l.balanceAfter().toPlainString())
          .append('\n');
    }
    return s.toString();
  }

  /** Balances and the latest {@code limit} entries. */
  public WalletSummary summary(int limit) {
    return new WalletSummary(
        balances(), transactions(WalletFilter.none(), 0, Math.min(limit, 50)).rows());
  }

  /** Transaction types on the caller's wallets, for the filter. */
  public List<String> types() {
    return em
        .createNativeQuery(
            "select distinct t.type"
                + FROM
                + " where a.owner_id = ?1 and a.kind = 'USER_WALLET'"
                + " order by 1")
        .setParameter(1, CurrentUser.id())
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private static final String SELECT =
      "select t.id, t.created_at, t.type, t.description, t.metadata::jsonb ->> 'memo',"
          + " e.currency, e.amount, e.balance_after";
  private static final String FROM =
      " from ledger_entry e join ledger_account a on a.id = e.account_id"
          + " join ledger_transaction t on t.id = e.transaction_id";

  private static String where(WalletFilter f, List<Object> params) {
    params.add(CurrentUser.id());
    StringBuilder w = new StringBuilder(" where a.owner_id = ?1 and a.kind = 'USER_WALLET'");
    if (f.type() != null && !f.type().isBlank()) {
      params.add(f.type());
      w.append(" and t.type = ?").append(params.size());
    }
    if (f.currency() != null && !f.currency().isBlank()) {
      params.add(LedgerCurrency.of(f.currency()).name());
      w.append(" and e.currency = ?").append(params.size());
    }
    if (f.from() != null) {
      params.add(f.from().toString());
      w.append(" and t.created_at >= cast(?").append(params.size());
      w.append(" as date) at time zone 'UTC'");
    }
    if (f.to() != null) {
      params.add(f.to().toString());
      w.append(" and t.created_at < (cast(?").append(params.size());
      w.append(" as date) + 1) at time zone 'UTC'");
    }
    return w.toString();
  }

  private static void bind(Query q, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
  }

  private static List<WalletLine> lines(Query q) {
    List<WalletLine> out = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      LedgerCurrency c = LedgerCurrency.of((String) r[5]);
      out.add(
          new WalletLine(
              ((Number) r[0]).longValue(),
              ((Timestamp) r[1]).toInstant(),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              c.name(),
              ((BigDecimal) r[6]).setScale(c.scale()),
              ((BigDecimal) r[7]).setScale(c.scale())));
    }
    return out;
  }

  /** A CSV cell: quoted when needed, and never starting like a spreadsheet formula. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    String s = v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("'")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
