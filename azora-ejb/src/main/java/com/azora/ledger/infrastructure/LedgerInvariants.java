package com.azora.ledger.infrastructure;

import com.azora.ledger.domain.ChainHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the books from the rows alone, over plain JDBC, so the admin page, the nightly audit and
 * every money test run the very same checks. Each check reports at most a few offenders.
 */
public final class LedgerInvariants {

  /** One check's outcome; {@code detail} says what was found (or counted when it passed). */
  public record Check(String name, boolean passed, String detail) {}

  /** All checks; passed when every one passed. */
  public record Report(List<Check> checks) {
    public boolean passed() {
      return checks.stream().allMatch(Check::passed);
    }

    public String summary() {
      StringBuilder s = new StringBuilder();
      checks.forEach(
          c ->
              s.append(c.passed() ? "PASS " : "FAIL ")
                  .append(c.name())
                  .append(": ")
                  .append(c.detail())
                  .append('\n'));
      return s.toString();
    }
  }

  /** Where the hash chain first breaks, if it does. */
  public record ChainResult(long checked, Long firstBrokenId, String reason) {
    public boolean intact() {
      return firstBrokenId == null;
    }
  }

  /** Business events that may be credited only once: transaction type and the metadata key. */
  private static final String[][] ONCE = {
    {"REWARD", "learningEventId"}, {"COURSE_SALE", "orderId"}, {"SUBSCRIPTION_CHARGE", "invoiceId"}
  };

  private LedgerInvariants() {}

  public static Report check(Connection c) throws SQLException {
    List<Check> checks = new ArrayList<>();
    checks.add(
        offenders(
            c,
            "Entries sum to zero per transaction and currency",
            "select transaction_id || ' in ' || currency from ledger_entry"
                + " group by transaction_id, currency having sum(amount) <> 0"
                + " union all select t.id || ' has fewer than two entries' from ledger_transaction t"
                + " where (select count(*) from ledger_entry e where e.transaction_id = t.id) < 2",
            "transactions checked: " + count(c, "select count(*) from ledger_transaction")));
    checks.add(tokenSupply(c));
    checks.add(
        offenders(
            c,
            "No user account is negative",
            "select id || ' (' || kind || ' ' || currency || ' ' || balance || ')'"
                + " from ledger_account where owner_id is not null and balance < 0",
            "user accounts: "
                + count(c, "select count(*) from ledger_account where owner_id is not null")));
    checks.add(
        offenders(
            c,
            "Cached balances equal the sum of entries",
            "select a.id || ': cached ' || a.balance || ', entries ' || coalesce(s.total, 0)"
                + " from ledger_account a left join (select account_id, sum(amount) total"
                + " from ledger_entry group by account_id) s on s.account_id = a.id"
                + " where a.balance <> coalesce(s.total, 0)",
            "accounts: " + count(c, "select count(*) from ledger_account")));
    ChainResult chain = verifyChain(c);
    checks.add(
        new Check(
            "Hash chain unbroken",
            chain.intact(),
            chain.intact()
                ? "transactions verified: " + chain.checked()
                : "first broken link at transaction "
                    + chain.firstBrokenId()
                    + ": "
                    + chain.reason()));
    StringBuilder once = new StringBuilder();
    for (String[] rule : ONCE) {
      if (once.length() > 0) {
        once.append(" union all ");
      }
      once.append("select '")
          .append(rule[0])
          .append(" ")
          .append(rule[1])
          .append(" ' || (metadata::jsonb ->> '")
          .append(rule[1])
          .append("') || ' booked ' || count(*) || ' times' from ledger_transaction")
          .append(" where type = '")
          .append(rule[0])
          .append("' and metadata::jsonb ? '")
          .append(rule[1])
          .append("' group by metadata::jsonb ->> '")
          .append(rule[1])
          .append("' having count(*) > 1");
    }
    checks.add(
        offenders(
            c,
            "Each business event credited at most once",
            once.toString(),
            "rewards, course sales and subscription charges are unique"));
    // REFUNDS holds what buyers are owed: a refund is paid back at most once, after it was decided.
    checks.add(
        offenders(
            c,
            "Refunds paid back never exceed refunds owed",
            "select 'REFUNDS ' || currency || ' ' || balance from ledger_account"
                + " where kind = 'REFUNDS' and balance < 0",
            "refund accounts: "
                + count(c, "select count(*) from ledger_account where kind = 'REFUNDS'")));
    checks.add(
        offenders(
            c,
            "Instructor payouts equal settled earnings",
            "select 'payouts ' || coalesce(sum(e.amount) filter (where a.kind = 'PAYOUTS'), 0)"
                + " || ' vs instructor debits '"
                + " || coalesce(-sum(e.amount) filter (where a.kind = 'INSTRUCTOR_AVAILABLE'), 0)"
                + " || ' in ' || e.currency from ledger_entry e"
                + " join ledger_account a on a.id = e.account_id"
                + " join ledger_transaction t on t.id = e.transaction_id where t.type = 'PAYOUT'"
                + " group by e.currency having coalesce(sum(e.amount) filter"
                + " (where a.kind = 'PAYOUTS'), 0) <> coalesce(-sum(e.amount) filter"
                + " (where a.kind = 'INSTRUCTOR_AVAILABLE'), 0)",
            "payout transactions: "
                + count(c, "select count(*) from ledger_transaction where type = 'PAYOUT'")));
    // PAYOUTS holds exactly the payouts reserved and not yet paid or returned.
    checks.add(
        offenders(
            c,
            "Payouts in flight equal open payout items",
            "select 'PAYOUTS ' || coalesce(a.currency, o.currency) || ' ' || coalesce(a.balance, 0)"
                + " || ' vs open items ' || coalesce(o.amount, 0) from (select currency, balance"
                + " from ledger_account where kind = 'PAYOUTS') a full join (select currency,"
                + " sum(amount) amount from payout_item where status not in ('PAID', 'FAILED')"
                + " group by currency) o on o.currency = a.currency"
                + " where coalesce(a.balance, 0) <> coalesce(o.amount, 0)",
            "open payout items: "
                + count(
                    c, "select count(*) from payout_item where status not in ('PAID', 'FAILED')")));
    checks.add(
        offenders(
            c,
            "Paid payouts never exceed settled earnings",
            "select 'instructor ' || p.instructor_id || ' ' || p.currency || ': paid ' || p.paid"
                + " || ' vs settled ' || coalesce(s.settled, 0) from (select instructor_id,"
                + " currency, sum(amount) paid from payout_item where status = 'PAID'"
                + " group by 1, 2) p left join (select a.owner_id, e.currency, sum(e.amount) settled"
                + " from ledger_entry e join ledger_account a on a.id = e.account_id"
                + " join ledger_transaction t on t.id = e.transaction_id"
                + " where a.kind = 'INSTRUCTOR_AVAILABLE'"
                // Earned = every move into or out of available other than the payouts' own.
                + " and t.type not in ('PAYOUT', 'PAYOUT_RETURNED') group by 1, 2) s"
                + " on s.owner_id = p.instructor_id and s.currency = p.currency"
                + " where p.paid > coalesce(s.settled, 0)",
            "paid payouts: " + count(c, "select count(*) from payout_item where status = 'PAID'")));
    checks.add(
        offenders(
            c,
            "Settled earnings equal settlement rows",
            "select 'transaction ' || coalesce(x.tid, y.tid) || ' instructor '"
                + " || coalesce(x.owner, y.owner) || ': ledger ' || coalesce(x.amount, 0)"
                + " || ' vs items ' || coalesce(y.amount, 0) from (select t.id tid, a.owner_id owner,"
                + " e.currency, sum(e.amount) amount from ledger_transaction t"
                + " join ledger_entry e on e.transaction_id = t.id"
                + " join ledger_account a on a.id = e.account_id"
                + " where t.type in ('EARNINGS_SETTLEMENT', 'EARNINGS_REVERSAL')"
                + " and a.kind = 'INSTRUCTOR_AVAILABLE' group by 1, 2, 3) x"
                + " full join (select i.transaction_id tid, i.instructor_id owner, s.currency,"
                + " sum(case when i.kind = 'SALE' then i.amount else -i.amount end) amount"
                + " from settlement_item i join settlement s on s.id = i.settlement_id"
                + " where i.transaction_id is not null group by 1, 2, 3) y"
                + " on y.tid = x.tid and y.owner = x.owner and y.currency = x.currency"
                + " where coalesce(x.amount, 0) <> coalesce(y.amount, 0)"
                + " union all select 'settlement ' || s.id || ': amount ' || s.amount"
                + " || ' vs items ' || coalesce(sum(case when i.kind = 'SALE' then i.amount"
                + " else -i.amount end), 0) from settlement s"
                + " left join settlement_item i on i.settlement_id = s.id group by s.id"
                + " having s.amount <> coalesce(sum(case when i.kind = 'SALE' then i.amount"
                + " else -i.amount end), 0) or s.items <> count(i.id)",
            "settlements: " + count(c, "select count(*) from settlement")));
    return new Report(checks);
  }

  /** AZR held by accounts other than the treasury and burn equals minted minus burned. */
  private static Check tokenSupply(Connection c) throws SQLException {
    String sql =
        "select coalesce(-sum(balance) filter (where kind = 'TREASURY'), 0),"
            + " coalesce(sum(balance) filter (where kind = 'BURN'), 0),"
            + " coalesce(sum(balance) filter (where kind not in ('TREASURY', 'BURN')), 0)"
            + " from ledger_account where currency = 'AZR'";
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      BigDecimal minted = r.getBigDecimal(1);
      BigDecimal burned = r.getBigDecimal(2);
      BigDecimal held = r.getBigDecimal(3);
      boolean ok = held.compareTo(minted.subtract(burned)) == 0;
      return new Check(
          "Token balances sum to minted minus burned",
          ok,
          "minted "
              + plain(minted)
              + ", burned "
              + plain(burned)
              + ", held "
              + plain(held)
              + (ok ? "" : " (should be " + plain(minted.subtract(burned)) + ")"));
    }
  }

  /** Recomputes every transaction's hash in chain order; reports the first mismatch. */
  public static ChainResult verifyChain(Connection c) throws SQLException {
    String sql =
        "select t.id, t.type, t.idempotency_key, t.created_at, t.actor_id, t.reverses_id,"
            + " t.description, t.metadata, t.prev_hash, t.hash, e.account_id, e.currency,"
            + " e.amount from ledger_transaction t join ledger_entry e on e.transaction_id = t.id"
            + " where t.chain_seq is not null order by t.chain_seq, e.account_id";
    boolean auto = c.getAutoCommit();
    // PostgreSQL streams rows with a fetch size only inside a transaction.
    if (auto) {
      c.setAutoCommit(false);
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(1000);
      try (ResultSet r = s.executeQuery()) {
        String expectedPrevious = ChainHash.GENESIS;
        long checked = 0;
        Object[] current = null;
        List<ChainHash.Line> lines = new ArrayList<>();
        while (true) {
          boolean more = r.next();
          long id = more ? r.getLong(1) : -1;
          if (current != null && (!more || id != (long) current[0])) {
            String problem = verify(current, lines, expectedPrevious);
            if (problem != null) {
              return new ChainResult(checked, (Long) current[0], problem);
            }
            expectedPrevious = ((String) current[9]).trim();
            checked++;
            current = null;
            lines = new ArrayList<>();
          }
          if (!more) {
            break;
          }
          if (current == null) {
            current =
                new Object[] {
                  id,
                  r.getString(2),
                  r.getString(3),
                  r.getObject(4, OffsetDateTime.class),
                  (Long) r.getObject(5),
                  (Long) r.getObject(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10)
                };
          }
          lines.add(new ChainHash.Line(r.getLong(11), r.getString(12), r.getBigDecimal(13)));
        }
        String head = string(c, "select last_hash from ledger_chain where id = 1").trim();
        if (!head.equals(expectedPrevious)) {
          return new ChainResult(checked, -1L, "the chain head does not point at the last hash");
        }
        // The sealer runs every second; a minute means it is stuck.
        String stale =
            string(
                c,
                "select min(id) from ledger_transaction where chain_seq is null"
                    + " and created_at < now() - interval '1 minute'");
        if (stale != null) {
          return new ChainResult(
              checked, Long.parseLong(stale), "it was booked over a minute ago and is not sealed");
        }
        return new ChainResult(checked, null, null);
      }
    } finally {
      if (auto) {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private static String verify(Object[] t, List<ChainHash.Line> lines, String expectedPrevious) {
    String previous = ((String) t[8]).trim();
    if (!previous.equals(expectedPrevious)) {
      return "it points at " + previous + " but the transaction before it has " + expectedPrevious;
    }
    String recomputed =
        ChainHash.of(
            previous,
            new ChainHash.Content(
                (Long) t[0],
                (String) t[1],
                (String) t[2],
                ((OffsetDateTime) t[3]).toInstant(),
                (Long) t[4],
                (Long) t[5],
                (String) t[6],
                (String) t[7],
                lines));
    return recomputed.equals(((String) t[9]).trim())
        ? null
        : "its content no longer matches its hash";
  }

  private static Check offenders(Connection c, String name, String sql, String okDetail)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select * from (" + sql + ") o limit 5")) {
      while (r.next()) {
        found.add(r.getString(1));
      }
    }
    return found.isEmpty()
        ? new Check(name, true, okDetail)
        : new Check(name, false, String.join("; ", found));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String string(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
