package com.azora.platform.idempotency;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Keeps one record per (user, idempotency key). Every statement commits on its own, outside any
 * container transaction: a claim must be visible to concurrent requests before the business work
 * starts, and the stored response must survive whatever the business transaction did. Plain JDBC on
 * an auto-committing connection does this with one round trip per statement, and took the transfer
 * API from 633-667 to 696 transfers/s over a new JTA transaction and persistence context per call
 * (docs/benchmarks.md). A CDI bean rather than an EJB for the same reason: each EJB call costs the
 * transfer API about 2 % of its CPU, and this store is called twice per idempotent request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotencyStore {

  /** How long a response is kept and replayed. */
  public static final String RETENTION = "24 hours";

  /**
   * A claim whose request never stored a response (the node died mid-request) may be taken over
   * after this long.
   */
  public static final String ABANDONED_AFTER = "10 minutes";

  /**
   * Lets the statement's own commit return before its WAL reaches the disk. A record can only be
   * lost with the database itself, and then together with everything the request did: the request's
   * business commit is flushed later, and flushing it flushes the claim before it. A lost stored
   * response leaves a claim without one, as a node dying mid-request does today: it is taken over
   * after {@link #ABANDONED_AFTER}, and the business key of the ledger posting replays the effect
   * instead of repeating it. Saves two disk flushes per idempotent call.
   */
  private static final String ASYNC_COMMIT =
      "with async_commit as (select set_config('synchronous_commit', 'off', true)) ";

  @Resource(lookup = "jdbc/azora")
  private javax.sql.DataSource dataSource;

  /** One unit of work on an auto-committing connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Claims the key for this request. The insert is the whole race: exactly one concurrent request
   * inserts the row, the others find it.
   */
  public Claim claim(long userId, String key, String requestHash) {
    return withConnection(
        c -> {
          // A record deleted between the insert and the read (released, purged) is claimed again.
          for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Claim> claim = tryClaim(c, userId, key, requestHash);
            if (claim.isPresent()) {
              return claim.get();
            }
          }
          return new Claim.Running();
        });
  }

  private static Optional<Claim> tryClaim(Connection c, long userId, String key, String requestHash)
      throws SQLException {
    int inserted =
        update(
            c,
            ASYNC_COMMIT
                + "insert into idempotency_record (user_id, idem_key, request_hash)"
                + " select ?, ?, ? from async_commit on conflict do nothing",
            userId,
            key,
            requestHash);
    if (inserted == 1) {
      return Optional.of(new Claim.Won());
    }
    // An expired or abandoned record is taken over by one request (the update locks the row).
    int takenOver =
        update(
            c,
            ASYNC_COMMIT
                + "update idempotency_record set request_hash = ?, created_at = now(),"
                + " status = null, content_type = null, body = null, completed_at = null"
                + " from async_commit where user_id = ? and idem_key = ? and (created_at < now() - interval '"
                + RETENTION
                + "' or (status is null and created_at < now() - interval '"
                + ABANDONED_AFTER
                + "'))",
            requestHash,
            userId,
            key);
    if (takenOver == 1) {
      return Optional.of(new Claim.Won());
    }
    return find(c, userId, key, requestHash);
  }

  /** What the key holds now for this request: finished, still running, or used differently. */
  public Optional<Claim> find(long userId, String key, String requestHash) {
    return withConnection(c -> find(c, userId, key, requestHash));
  }

  private static Optional<Claim> find(Connection c, long userId, String key, String requestHash)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select request_hash, status, content_type, body from idempotency_record"
                + " where user_id = ? and idem_key = ?")) {
      s.setLong(1, userId);
      s.setString(2, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        if (!requestHash.equals(r.getString(1))) {
          return Optional.of(new Claim.Mismatch());
        }
        int status = r.getInt(2);
        if (r.wasNull()) {
          return Optional.of(new Claim.Running());
        }
        byte[] body = r.getBytes(4);
        return Optional.of(
            new Claim.Done(
                new StoredResponse(status, r.getString(3), body == null ? new byte[0] : body)));
      }
    }
  }

  /** Stores the first response of a claimed request. */
  public void complete(long userId, String key, StoredResponse response) {
    withConnection(
        c ->
            update(
                c,
                ASYNC_COMMIT
                    + "update idempotency_record set status = ?, content_type = ?, body = ?,"
                    + " completed_at = now() from async_commit where user_id = ? and idem_key = ?"
                    + " and status is null",
                response.status(),
                response.contentType(),
                response.body(),
                userId,
                key));
  }

  /** Gives up a claim whose response could not be stored, so a retry runs the request again. */
  public void release(long userId, String key) {
    withConnection(
        c ->
            update(
                c,
                ASYNC_COMMIT
                    + "delete from idempotency_record using async_commit where user_id = ?"
                    + " and idem_key = ? and status is null",
                userId,
                key));
  }

  /** Deletes records past their retention; returns how many. */
  public int purgeExpired() {
    return withConnection(
        c ->
            update(
                c,
                "delete from idempotency_record where created_at < now() - interval '"
                    + RETENTION
                    + "'"));
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("The idempotency store failed", e);
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }
}
