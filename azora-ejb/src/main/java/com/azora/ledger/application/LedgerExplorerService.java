package com.azora.ledger.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.ledger.application.LedgerViews.AccountRow;
import com.azora.ledger.application.LedgerViews.EntryLine;
import com.azora.ledger.application.LedgerViews.TransactionDetail;
import com.azora.ledger.application.LedgerViews.TransactionFilter;
import com.azora.ledger.application.LedgerViews.TransactionRow;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin ledger explorer: accounts, transactions and their entries, by account or user. */
@Stateless
@RequiresPermissions(Permissions.LEDGER_READ)
public class LedgerExplorerService {

  @PersistenceContext private EntityManager em;

  /** Accounts whose owner's email contains {@code text} (or all), by kind and currency. */
  public PageResult<AccountRow> accounts(
      String text, String kind, String currency, int first, int pageSize) {
    String where =
        " where (cast(?1 as text) is null or u.email like cast(?1 as text))"
            + " and (cast(?2 as text) is null or a.kind = cast(?2 as text))"
            + " and (cast(?3 as text) is null or a.currency = cast(?3 as text))";
    String like = blank(text) ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    long total =
        ((Number)
                bind(
                        em.createNativeQuery(
                            "select count(*) from ledger_account a"
                                + " left join app_user u on u.id = a.owner_id"
                                + where),
                        like,
                        blankToNull(kind),
                        blankToNull(currency))
                    .getSingleResult())
            .longValue();
    List<?> rows =
        bind(
                em.createNativeQuery(
                    "select a.id, a.kind, a.owner_id, u.email, a.currency, a.balance, a.updated_at"
                        + " from ledger_account a left join app_user u on u.id = a.owner_id"
                        + where
                        + " order by a.owner_id nulls first, a.kind, a.currency, a.id"),
                like,
                blankToNull(kind),
                blankToNull(currency))
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    List<AccountRow> result = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result.add(
          new AccountRow(
              ((Number) r[0]).longValue(),
              (String) r[1],
              r[2] == null ? null : ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              scaled((BigDecimal) r[5]),
              instant(r[6])));
    }
    return new PageResult<>(result, total);
  }

  /** Transactions matching the filter, newest first. */
  public PageResult<TransactionRow> transactions(TransactionFilter f, int first, int pageSize) {
    TransactionFilter filter = f == null ? new TransactionFilter(null, null, null, null, null) : f;
    String email =
        blank(filter.userEmail()) ? null : filter.userEmail().trim().toLowerCase(Locale.ROOT);
    String where =
        " where (cast(?1 as bigint) is null or exists (select 1 from ledger_entry e"
            + " where e.transaction_id = t.id and e.account_id = cast(?1 as bigint)))"
            + " and (cast(?2 as text) is null or t.actor_id = (select id from app_user"
            + " where email = cast(?2 as text)) or exists (select 1 from ledger_entry e"
            + " join ledger_account a on a.id = e.account_id join app_user u on u.id = a.owner_id"
            + " where e.transaction_id = t.id and u.email = cast(?2 as text)))"
            + " and (cast(?3 as text) is null or t.type = cast(?3 as text))"
            + " and (cast(?4 as timestamptz) is null or t.created_at >= cast(?4 as timestamptz))"
            + " and (cast(?5 as timestamptz) is null or t.created_at < cast(?5 as timestamptz))";
    Object[] params = {
      filter.accountId(),
      email,
      blankToNull(filter.type()),
      filter.from() == null ? null : Timestamp.from(filter.from()),
      filter.to() == null ? null : Timestamp.from(filter.to())
    };
    long total =
        ((Number)
                bind(
                        em.createNativeQuery("select count(*) from ledger_transaction t" + where),
                        params)
                    .getSingleResult())
            .longValue();
    List<?> rows =
        bind(
                em.createNativeQuery(
                    "select t.id, t.created_at, t.type, t.description, u.email,"
                        + " (select string_agg(x.currency || ' ' || x.moved, ', ' order by x.currency)"
                        + " from (select e.currency, to_char(sum(e.amount) filter (where e.amount > 0),"
                        + " 'FM999999999999990.00') moved from ledger_entry e"
                        + " where e.transaction_id = t.id group by e.currency) x),"
                        + " t.reverses_id, t.hash from ledger_transaction t"
                        + " left join app_user u on u.id = t.actor_id"
                        + where
                        + " order by t.id desc"),
                params)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    List<TransactionRow> result = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result.add(
          new TransactionRow(
              ((Number) r[0]).longValue(),
              instant(r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              r[6] == null ? null : ((Number) r[6]).longValue(),
              r[7] == null ? null : ((String) r[7]).trim()));
    }
    return new PageResult<>(result, total);
  }

  /** One transaction with its entries and what reversed it. */
  public TransactionDetail transaction(long id) {
    List<?> head =
        em.createNativeQuery(
                "select t.id, t.created_at, t.type, t.description, t.metadata, u.email,"
                    + " t.idempotency_key, t.reverses_id, t.prev_hash, t.hash"
                    + " from ledger_transaction t left join app_user u on u.id = t.actor_id"
                    + " where t.id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (head.isEmpty()) {
      throw DomainException.notFound("No ledger transaction " + id + ".");
    }
    Object[] h = (Object[]) head.get(0);
    List<EntryLine> entries = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select a.id, a.kind, u.email, e.currency, e.amount, e.balance_after"
                    + " from ledger_entry e join ledger_account a on a.id = e.account_id"
                    + " left join app_user u on u.id = a.owner_id where e.transaction_id = ?1"
                    + " order by e.amount, a.id")
            .setParameter(1, id)
            .getResultList()) {
      Object[] r = (Object[]) row;
      entries.add(
          new EntryLine(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              scaled((BigDecimal) r[4]),
              scaled((BigDecimal) r[5])));
    }
    List<Long> reversedBy = new ArrayList<>();
    for (Object n :
        em.createNativeQuery("select id from ledger_transaction where reverses_id = ?1 order by id")
            .setParameter(1, id)
            .getResultList()) {
      reversedBy.add(((Number) n).longValue());
    }
    return new TransactionDetail(
        id,
        instant(h[1]),
        (String) h[2],
        (String) h[3],
        (String) h[4],
        (String) h[5],
        (String) h[6],
        h[7] == null ? null : ((Number) h[7]).longValue(),
        reversedBy,
        h[8] == null ? null : ((String) h[8]).trim(),
        h[9] == null ? null : ((String) h[9]).trim(),
        entries);
  }

  /** Transaction types that occur, for the filter. */
  @SuppressWarnings("unchecked")
  public List<String> types() {
    return em.createNativeQuery("select distinct type from ledger_transaction order by type")
        .getResultList();
  }

  private static Query bind(Query q, Object... params) {
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.trim();
  }

  private static BigDecimal scaled(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
