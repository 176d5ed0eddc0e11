package com.azora.bench;

import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.platform.idempotency.RequestFingerprint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The service's transfer written by hand in SQL: the same rows in the same tables (the caller's
 * idempotency record and its stored answer, the sender's daily total, the ledger transaction with
 * its metadata and fingerprint, both balances and both entries), with the same reads that decide
 * them (the recipient by email, the retry check, the two wallets), in one database transaction per
 * transfer. What it leaves out is what SQL alone cannot be: HTTP, the token check, the container's
 * transactions and the mapping layers. The sealer joins these transactions to the hash chain as it
 * does the service's.
 */
final class LedgerSameWrites {

  private static final BigDecimal AMOUNT = new BigDecimal("0.01");
  private static final String PATH = "/api/me/wallet/transfers";

  /** A sender: the user and the connection its client uses. */
  record Sender(long userId, Connection connection) {}

  private final List<Sender> senders;
  private final List<String> recipientEmails;
  private final BigDecimal dailyMax;

  LedgerSameWrites(List<Sender> senders, List<String> recipientEmails, BigDecimal dailyMax) {
    this.senders = senders;
    this.recipientEmails = recipientEmails;
    this.dailyMax = dailyMax;
  }

  /** One transfer from the client's sender; null when booked, else why not. */
  String transfer(int client) throws SQLException {
    Sender from = senders.get(client);
    Connection c = from.connection();
    String email = recipientEmails.get(ThreadLocalRandom.current().nextInt(recipientEmails.size()));
    String body = "{\"recipientEmail\":\"" + email + "\",\"amount\":0.01,\"memo\":\"bench\"}";
    String idemKey = UUID.randomUUID().toString();
    try {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into idempotency_record (user_id, idem_key, request_hash) values (?, ?, ?)"
                  + " on conflict do nothing")) {
        s.setLong(1, from.userId());
        s.setString(2, idemKey);
        s.setString(3, RequestFingerprint.of("POST", PATH, body.getBytes(StandardCharsets.UTF_8)));
        s.executeUpdate();
      }
      long toId;
      String toName;
      String fromName;
      try (PreparedStatement s =
          c.prepareStatement(
              "select id, display_name, (select display_name from app_user where id = ?)"
                  + " from app_user where email = ? and status = 'ACTIVE'")) {
        s.setLong(1, from.userId());
        s.setString(2, email);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          toId = r.getLong(1);
          toName = r.getString(2);
          fromName = r.getString(3);
        }
      }
      String key = "transfer:" + from.userId() + ":" + idemKey;
      try (PreparedStatement s =
          c.prepareStatement("select id from ledger_transaction where idempotency_key = ?")) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return rollback(c, "key already booked");
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into token_daily_total (user_id, kind, day, amount)"
                  + " values (?, 'TRANSFER', (now() at time zone 'UTC')::date, ?)"
                  + " on conflict (user_id, kind, day) do update"
                  + " set amount = token_daily_total.amount + excluded.amount returning amount")) {
        s.setLong(1, from.userId());
        s.setBigDecimal(2, AMOUNT);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if (r.getBigDecimal(1).compareTo(dailyMax) > 0) {
            return rollback(c, "daily limit reached");
          }
        }
      }
      long fromAccount;
      long toAccount;
      try (PreparedStatement s =
          c.prepareStatement(
              "select id, owner_id from ledger_account where kind = 'USER_WALLET'"
                  + " and owner_id in (?, ?) and currency = 'AZR'")) {
        s.setLong(1, from.userId());
        s.setLong(2, toId);
        long f = 0;
        long t = 0;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (r.getLong(2) == from.userId()) {
              f = r.getLong(1);
            } else {
              t = r.getLong(1);
            }
          }
        }
        if (f == 0 || t == 0) {
          return rollback(c, "wallet missing");
        }
        fromAccount = f;
        toAccount = t;
      }
      Posting posting =
          Posting.builder("TRANSFER", key, "Transfer from " + fromName + " to " + toName)
              .actor(from.userId())
              .meta("senderId", from.userId())
              .meta("recipientId", toId)
              .meta("memo", "bench")
              .move(
                  AccountRef.wallet(from.userId(), LedgerCurrency.AZR),
                  AccountRef.wallet(toId, LedgerCurrency.AZR),
                  AMOUNT)
              .build();
      Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
      long tx;
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into ledger_transaction (type, description, metadata, actor_id,"
                  + " idempotency_key, fingerprint, created_at) values (?, ?, ?, ?, ?, ?, ?)"
                  + " returning id")) {
        s.setString(1, posting.type());
        s.setString(2, posting.description());
        s.setString(3, ChainHash.metadataJson(posting.metadata()));
        s.setLong(4, from.userId());
        s.setString(5, key);
        s.setString(6, posting.fingerprint());
        s.setTimestamp(7, now);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          tx = r.getLong(1);
        }
      }
      // Balances in account id order, as the ledger locks them; an owned one never below zero.
      long first = Math.min(fromAccount, toAccount);
      long second = Math.max(fromAccount, toAccount);
      BigDecimal firstAfter = move(c, first, first == fromAccount ? AMOUNT.negate() : AMOUNT, now);
      BigDecimal secondAfter =
          move(c, second, second == fromAccount ? AMOUNT.negate() : AMOUNT, now);
      if (firstAfter == null || secondAfter == null) {
        return rollback(c, "insufficient balance");
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                  + " balance_after) values (?, ?, 'AZR', ?, ?), (?, ?, 'AZR', ?, ?)")) {
        s.setLong(1, tx);
        s.setLong(2, first);
        s.setBigDecimal(3, first == fromAccount ? AMOUNT.negate() : AMOUNT);
        s.setBigDecimal(4, firstAfter);
        s.setLong(5, tx);
        s.setLong(6, second);
        s.setBigDecimal(7, second == fromAccount ? AMOUNT.negate() : AMOUNT);
        s.setBigDecimal(8, secondAfter);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "update idempotency_record set status = 201, content_type = 'application/json',"
                  + " body = ?, completed_at = now() where user_id = ? and idem_key = ?")) {
        s.setBytes(1, ("{\"transactionId\":" + tx + "}").getBytes(StandardCharsets.UTF_8));
        s.setLong(2, from.userId());
        s.setString(3, idemKey);
        s.executeUpdate();
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      return rollback(c, e.getMessage());
    }
  }

  private static BigDecimal move(Connection c, long account, BigDecimal amount, Timestamp now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update ledger_account set balance = balance + ?, updated_at = ?"
                + " where id = ? and balance + ? >= 0 returning balance")) {
      s.setBigDecimal(1, amount);
      s.setTimestamp(2, now);
      s.setLong(3, account);
      s.setBigDecimal(4, amount);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getBigDecimal(1) : null;
      }
    }
  }

  private static String rollback(Connection c, String why) throws SQLException {
    c.rollback();
    return why;
  }
}
