package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.WebSession;
import com.azora.ledger.infrastructure.LedgerInvariants;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The ledger's own rules, held by the database whatever the code does: balanced transactions,
 * immutable entries, user accounts never negative; and the admin audit page that checks them.
 */
@AzoraE2E
class LedgerIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void theDatabaseRefusesUnbalancedTransactionsNegativeWalletsAndEdits() throws Exception {
    String email = Accounts.registerAndVerify(server, "Ledger Rules", false);
    try (Connection c = server.connection()) {
      long user = userId(c, email);
      long wallet = insertAccount(c, "USER_WALLET", user, "AZR");
      long treasury = systemAccount(c, "TREASURY", "AZR");

      // One entry alone, or two that do not sum to zero, fail at commit.
      c.setAutoCommit(false);
      long tx = insertTransaction(c, "rules-one-" + user);
      insertEntry(c, tx, wallet, "AZR", "5");
      SQLException single = assertThrows(SQLException.class, c::commit);
      assertTrue(single.getMessage().contains("at least two"), single.getMessage());
      c.rollback();
      tx = insertTransaction(c, "rules-unbalanced-" + user);
      insertEntry(c, tx, wallet, "AZR", "5");
      insertEntry(c, tx, treasury, "AZR", "-4");
      SQLException unbalanced = assertThrows(SQLException.class, c::commit);
      assertTrue(unbalanced.getMessage().contains("does not balance"), unbalanced.getMessage());
      c.rollback();
      // An entry added later to a booked transaction fails too, also when its account sorts
      // before the transaction's others (whose own checks ran when it was booked).
      Object[] booked =
          Db.rows(
                  "select e.transaction_id, a.id, a.currency from ledger_entry e"
                      + " join ledger_account a on a.id < e.account_id and not exists (select 1"
                      + " from ledger_entry o where o.transaction_id = e.transaction_id"
                      + " and o.account_id = a.id) order by e.id desc limit 1")
              .get(0);
      insertEntry(
          c,
          ((Number) booked[0]).longValue(),
          ((Number) booked[1]).longValue(),
          ((String) booked[2]).trim(),
          "1");
      SQLException added = assertThrows(SQLException.class, c::commit);
      assertTrue(added.getMessage().contains("does not balance"), added.getMessage());
      c.rollback();
      // More decimals than the currency has.
      tx = insertTransaction(c, "rules-scale-" + user);
      long scaleTx = tx;
      SQLException scale =
          assertThrows(SQLException.class, () -> insertEntry(c, scaleTx, wallet, "AZR", "0.001"));
      assertTrue(scale.getMessage().contains("decimals"), scale.getMessage());
      c.rollback();
      c.setAutoCommit(true);

      // A user's account never goes negative, whoever writes the row.
      SQLException negative =
          assertThrows(
              SQLException.class,
              () -> execute(c, "update ledger_account set balance = -1 where id = " + wallet));
      assertEquals("23514", negative.getSQLState(), negative.getMessage());
      // An account's identity is fixed.
      assertThrows(
          SQLException.class,
          () -> execute(c, "update ledger_account set currency = 'USD' where id = " + wallet));
      // Entries and transactions are append-only, including truncation: try each change on a
      // balanced transaction of our own inside a transaction that is rolled back.
      for (String change :
          new String[] {
            "update ledger_entry set amount = amount where transaction_id = ",
            "delete from ledger_entry where transaction_id = ",
            "update ledger_transaction set description = 'changed' where id = ",
            "delete from ledger_transaction where id = "
          }) {
        c.setAutoCommit(false);
        long own = insertTransaction(c, "rules-edit-" + user);
        insertEntry(c, own, wallet, "AZR", "5");
        insertEntry(c, own, treasury, "AZR", "-5");
        SQLException refused =
            assertThrows(SQLException.class, () -> execute(c, change + own), change);
        assertEquals("42501", refused.getSQLState(), change + " -> " + refused.getMessage());
        c.rollback();
        c.setAutoCommit(true);
      }
      for (String sql :
          new String[] {
            "truncate ledger_entry", "delete from ledger_account where id = " + wallet
          }) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(c, sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + " -> " + refused.getMessage());
      }
    }
    Books.assertBalanced();
  }

  @Test
  void anAdminRunsTheAuditAndSeesEveryCheckOthersCannot() {
    WebSession admin = Accounts.signedIn(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page page = admin.get("/admin/ledger-audit.xhtml");
    assertEquals(200, page.status(), page.body());
    WebSession.Page result = admin.submit(page, "audit", Map.of(), "audit:run");
    assertEquals(200, result.status(), result.body());
    assertEquals(
        "all checks passed", result.html().getElementById("verdict").text(), result.body());
    assertEquals(11, result.html().select("#checks li").size(), result.body());
    for (Element li : result.html().select("#checks li")) {
      assertTrue(li.text().startsWith("PASS "), li.text());
    }
    assertTrue(result.body().contains("Hash chain unbroken"), result.body());
    // The run is recorded and listed.
    WebSession.Page again = admin.get("/admin/ledger-audit.xhtml");
    assertTrue(again.html().select("#runs tbody tr").size() >= 1, again.body());

    WebSession explorer = admin;
    WebSession.Page ledger = explorer.get("/admin/ledger.xhtml");
    assertEquals(200, ledger.status(), ledger.body());

    WebSession student = Accounts.signedIn(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(403, student.get("/admin/ledger.xhtml").status());
    assertEquals(403, student.get("/admin/ledger-audit.xhtml").status());
  }

  @Test
  void adminAdjustmentsBookOnceNeedAReasonAndNeverOverdraw() throws Exception {
    String email = Accounts.registerAndVerify(server, "Adjusted Learner", false);
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    String key = UUID.randomUUID().toString();
    WebSession.Page first =
        adjust(admin, key, email, "AZR", "50.00", "Welcome grant for the pilot");
    assertEquals(201, first.status(), first.body());
    long tx = Api.object(first).getJsonNumber("transactionId").longValue();
    WebSession.Page again =
        adjust(admin, key, email, "AZR", "50.00", "Welcome grant for the pilot");
    assertEquals(201, again.status(), again.body());
    assertEquals(List.of("true"), again.headers().get("idempotent-replayed"));
    assertEquals(first.body(), again.body());
    assertEquals(tx, Api.object(again).getJsonNumber("transactionId").longValue());
    // The same key with other content is refused.
    assertEquals(
        422, adjust(admin, key, email, "AZR", "51.00", "Welcome grant for the pilot").status());
    assertEquals(new BigDecimal("50.00"), balance(email, "AZR"));

    WebSession.Page noReason = adjust(admin, UUID.randomUUID().toString(), email, "AZR", "5", " ");
    assertEquals(400, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
    WebSession.Page overdraw =
        adjust(admin, UUID.randomUUID().toString(), email, "AZR", "-80", "Clawback of the grant");
    assertEquals(409, overdraw.status(), overdraw.body());
    assertTrue(overdraw.body().contains("Insufficient balance"), overdraw.body());
    WebSession.Page debit =
        adjust(admin, UUID.randomUUID().toString(), email, "AZR", "-20", "Partial clawback");
    assertEquals(201, debit.status(), debit.body());
    assertEquals(new BigDecimal("30.00"), balance(email, "AZR"));
    WebSession.Page usd =
        adjust(admin, UUID.randomUUID().toString(), email, "USD", "12.5", "Bank transfer 4711");
    assertEquals(201, usd.status(), usd.body());
    assertEquals(new BigDecimal("12.50"), balance(email, "USD"));
    WebSession.Page tooPrecise =
        adjust(admin, UUID.randomUUID().toString(), email, "USD", "0.001", "Rounding test");
    assertEquals(400, tooPrecise.status(), tooPrecise.body());

    String student = Api.token(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(
        403,
        adjust(student, UUID.randomUUID().toString(), email, "AZR", "5", "Self-made").status());
    WebSession.Page noKey =
        new WebSession(server.baseUrl())
            .json("POST", "/api/admin/ledger/adjustments", "{}", admin, Map.of());
    assertEquals(400, noKey.status(), noKey.body());

    // The admin sees the adjustment in the explorer and its detail page.
    WebSession web = Accounts.signedIn(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page detail = web.get("/admin/ledger-transaction.xhtml?id=" + tx);
    assertEquals(200, detail.status(), detail.body());
    assertTrue(detail.html().getElementById("description").text().contains("Welcome grant"));
    assertEquals(2, detail.html().select("#entries tbody tr").size(), detail.body());
    assertEquals(404, web.get("/admin/ledger-transaction.xhtml?id=999999999").status());
    Books.assertBalanced();
  }

  @Test
  void fiftyConcurrentIdenticalRequestsBookOneTransaction() throws Exception {
    String email = Accounts.registerAndVerify(server, "Fifty Retries", false);
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<WebSession.Page>> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      answers.add(
          pool.submit(() -> adjust(admin, key, email, "USD", "9.99", "Retried top-up 50x")));
    }
    Set<String> bodies = new HashSet<>();
    int fresh = 0;
    for (Future<WebSession.Page> f : answers) {
      WebSession.Page p = f.get();
      assertEquals(201, p.status(), p.body());
      bodies.add(p.body());
      if (!p.headers().containsKey("idempotent-replayed")) {
        fresh++;
      }
    }
    pool.shutdown();
    assertEquals(1, bodies.size(), bodies.toString());
    assertEquals(1, fresh, "exactly one request ran");
    assertEquals(new BigDecimal("9.99"), balance(email, "USD"));
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from ledger_transaction where type = 'ADJUSTMENT'"
                    + " and metadata::jsonb ->> 'userId' = (select cast(id as text) from app_user"
                    + " where email = ?)")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(1, r.getInt(1));
      }
    }
    Books.assertBalanced();
  }

  @Test
  void tamperingWithABookedEntryIsFoundAtItsTransaction() throws Exception {
    String email = Accounts.registerAndVerify(server, "Tamper Witness", false);
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page grant =
        adjust(admin, UUID.randomUUID().toString(), email, "AZR", "7", "Grant to tamper with");
    assertEquals(201, grant.status(), grant.body());
    long tx = Api.object(grant).getJsonNumber("transactionId").longValue();
    Books.assertBalanced();
    try {
      tamper(tx, "+ 1");
      LedgerInvariants.Report report = Books.check();
      assertTrue(!report.passed(), report.summary());
      assertTrue(
          report.summary().contains("first broken link at transaction " + tx), report.summary());
      assertTrue(report.summary().contains("FAIL Cached balances"), report.summary());
    } finally {
      tamper(tx, "- 1");
    }
    Books.assertBalanced();
  }

  /** Changes the positive entry of a transaction behind the database's back (as its owner). */
  private void tamper(long tx, String change) throws SQLException {
    try (Connection c = server.connection()) {
      execute(c, "alter table ledger_entry disable trigger ledger_entry_append_only");
      try {
        execute(
            c,
            "update ledger_entry set amount = amount "
                + change
                + " where transaction_id = "
                + tx
                + " and amount > 0");
      } finally {
        execute(c, "alter table ledger_entry enable trigger ledger_entry_append_only");
      }
    }
  }

  private WebSession.Page adjust(
      String token, String key, String email, String currency, String amount, String reason) {
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("currency", currency)
            .add("amount", new BigDecimal(amount))
            .add("reason", reason)
            .build()
            .toString();
    return new WebSession(server.baseUrl())
        .json("POST", "/api/admin/ledger/adjustments", body, token, Map.of("Idempotency-Key", key));
  }

  private BigDecimal balance(String email, String currency) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select a.balance from ledger_account a join app_user u on u.id = a.owner_id"
                    + " where u.email = ? and a.kind = 'USER_WALLET' and a.currency = ?")) {
      s.setString(1, email);
      s.setString(2, currency);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getBigDecimal(1).setScale(2) : BigDecimal.ZERO.setScale(2);
      }
    }
  }

  static long userId(Connection c, String email) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select id from app_user where email = ?")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long insertAccount(Connection c, String kind, Long owner, String currency)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_account (kind, owner_id, currency) values (?, ?, ?) returning id")) {
      s.setString(1, kind);
      s.setObject(2, owner);
      s.setString(3, currency);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long systemAccount(Connection c, String kind, String currency)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select id from ledger_account where kind = ? and owner_id is null and currency = ?")) {
      s.setString(1, kind);
      s.setString(2, currency);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          return r.getLong(1);
        }
      }
    }
    return insertAccount(c, kind, null, currency);
  }

  private static long insertTransaction(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_transaction (type, description, idempotency_key, fingerprint,"
                + " created_at) values ('TEST', 'rule check', ?, 'x', now()) returning id")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void insertEntry(Connection c, long tx, long account, String cur, String amount)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_entry (transaction_id, account_id, currency, amount, balance_after)"
                + " values (?, ?, ?, cast(? as numeric), 0)")) {
      s.setLong(1, tx);
      s.setLong(2, account);
      s.setString(3, cur);
      s.setString(4, amount);
      s.executeUpdate();
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
