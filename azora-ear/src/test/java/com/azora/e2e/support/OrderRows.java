package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads orders, refunds, enrolments and their postings straight from the test database. */
public final class OrderRows {

  private OrderRows() {}

  /** The first column of the first row, or null without rows. */
  public static String one(AzoraTestServer server, String sql, Object... params) {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static long count(AzoraTestServer server, String sql, Object... params) {
    return Long.parseLong(one(server, sql, params));
  }

  public static long orderId(AzoraTestServer server, String ref) {
    return count(server, "select id from purchase_order where reference = ?", ref);
  }

  /** Live (not revoked) enrolments of the user in the course. */
  public static long enrolments(AzoraTestServer server, String email, String slug) {
    return count(
        server,
        "select count(*) from enrolment e join app_user u on u.id = e.user_id"
            + " join course c on c.id = e.course_id"
            + " where u.email = ? and c.slug = ? and e.status <> 'REVOKED'",
        email,
        slug);
  }

  /** The entries of the transaction booked under {@code key}, by account ("KIND[:owner]"). */
  public static Map<String, BigDecimal> entries(AzoraTestServer server, String key) {
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select a.kind, a.owner_id, e.amount from ledger_entry e"
                    + " join ledger_account a on a.id = e.account_id"
                    + " join ledger_transaction t on t.id = e.transaction_id"
                    + " where t.idempotency_key = ?")) {
      s.setString(1, key);
      Map<String, BigDecimal> m = new HashMap<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long owner = r.getLong(2);
          boolean system = r.wasNull();
          m.put(r.getString(1) + (system ? "" : ":" + owner), r.getBigDecimal(3).setScale(2));
        }
      }
      assertTrue(!m.isEmpty(), "no posting " + key);
      return m;
    } catch (SQLException e) {
      throw new IllegalStateException(key, e);
    }
  }
}
