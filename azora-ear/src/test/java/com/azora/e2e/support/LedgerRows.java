package com.azora.e2e.support;

import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.Posting;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Books a posting straight into the ledger tables the way the Ledger bean does (accounts opened on
 * first use and locked by id, the transaction left for the sealer to chain), for tests that need
 * ledger history before the features that post it exist. The database's triggers and the invariant
 * checker judge the result like any other transaction.
 */
public final class LedgerRows {

  private LedgerRows() {}

  /** Books the posting in its own committed transaction; returns the transaction id. */
  public static long post(AzoraTestServer server, Posting posting) {
    try (Connection c = server.connection()) {
      c.setAutoCommit(false);
      try {
        long id = book(c, posting);
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Line(long accountId, String currency, BigDecimal amount) {}

  private static long book(Connection c, Posting posting) throws SQLException {
    List<Line> lines = new ArrayList<>();
    for (Posting.Entry e : posting.entries()) {
      lines.add(
          new Line(
              account(
                  c,
                  e.account().kind().name(),
                  e.account().ownerId(),
                  e.account().currency().name()),
              e.account().currency().name(),
              e.amount()));
    }
    lines.sort(Comparator.comparingLong(Line::accountId));
    List<BigDecimal> after = new ArrayList<>();
    for (Line l : lines) {
      after.add(
          single(c, "select balance from ledger_account where id = ? for update", l.accountId())
              .add(l.amount()));
    }
    long id;
    try (PreparedStatement ps = c.prepareStatement("select nextval('ledger_transaction_id_seq')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String metadata = ChainHash.metadataJson(posting.metadata());
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into ledger_transaction (id, type, description, metadata, actor_id,"
                + " idempotency_key, fingerprint, reverses_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, null, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, posting.type());
      ps.setString(3, posting.description());
      ps.setString(4, metadata);
      ps.setObject(5, posting.actorId());
      ps.setString(6, posting.idempotencyKey());
      ps.setString(7, posting.fingerprint());
      ps.setTimestamp(8, Timestamp.from(now));
      ps.executeUpdate();
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                  + " balance_after) values (?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setLong(2, l.accountId());
        ps.setString(3, l.currency());
        ps.setBigDecimal(4, l.amount());
        ps.setBigDecimal(5, after.get(i));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "update ledger_account set balance = ?, updated_at = ? where id = ?")) {
        ps.setBigDecimal(1, after.get(i));
        ps.setTimestamp(2, Timestamp.from(now));
        ps.setLong(3, l.accountId());
        ps.executeUpdate();
      }
    }
    return id;
  }

  private static long account(Connection c, String kind, Long owner, String currency)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into ledger_account (kind, owner_id, currency) values (?, ?, ?)"
                + " on conflict do nothing")) {
      ps.setString(1, kind);
      ps.setObject(2, owner);
      ps.setString(3, currency);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id from ledger_account where kind = ? and coalesce(owner_id, 0) = ?"
                + " and currency = ?")) {
      ps.setString(1, kind);
      ps.setLong(2, owner == null ? 0L : owner);
      ps.setString(3, currency);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static BigDecimal single(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }
}
