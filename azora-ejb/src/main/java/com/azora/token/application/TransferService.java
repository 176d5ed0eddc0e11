package com.azora.token.application;

import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.token.application.TokenViews.TransferPreview;
import com.azora.token.domain.TransferRules;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Sends AZR from the caller's wallet to another user's, found by email. The sender's running total
 * for the day is raised (and locked) before the limit is checked, so two transfers at once cannot
 * both pass the daily limit; the ledger refuses a balance below zero. Plain JDBC on the
 * transaction's connection, like the {@link Ledger}: the transfer API is Azora's busiest money
 * path.
 */
@Stateless
@RequiresAuthentication
public class TransferService {

  public static final String TYPE = "TRANSFER";

  @Inject private Ledger ledger;

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  private record Recipient(long id, String name, String email, String senderName) {}

  private static TransferRules rules() {
    return new TransferRules(
        ConfigKey.TOKEN_TRANSFER_MAX.asDecimal(), ConfigKey.TOKEN_TRANSFER_DAILY_MAX.asDecimal());
  }

  /** Checks a transfer without booking it: who receives it, and that the caller can afford it. */
  public TransferPreview preview(String recipientEmail, BigDecimal amount, String memo) {
    long me = CurrentUser.id();
    Recipient to = recipient(recipientEmail);
    TransferRules.notToSelf(me, to.id());
    BigDecimal exact = rules().amount(amount);
    String m = TransferRules.memo(memo);
    rules().withinDay(exact, sentToday(me));
    requireFunds(ledger.balance(wallet(me)), exact);
    return new TransferPreview(to.name(), to.email(), exact, m);
  }

  /**
   * Books the transfer and returns its ledger transaction id. The same {@code requestKey} (a page's
   * confirmation, an API client's retry) books it once; null means a new transfer.
   */
  public long send(String recipientEmail, BigDecimal amount, String memo, String requestKey) {
    long me = CurrentUser.id();
    Recipient to = recipient(recipientEmail);
    TransferRules.notToSelf(me, to.id());
    TransferRules rules = rules();
    BigDecimal exact = rules.amount(amount);
    String m = TransferRules.memo(memo);
    String key =
        "transfer:"
            + me
            + ":"
            + (requestKey == null || requestKey.isBlank() ? UUID.randomUUID() : requestKey);
    if (key.length() > 200) {
      throw DomainException.invalid("requestKey", "The request key is too long.");
    }
    // A retry of a booked transfer gets it back, even when the day's limit is reached since.
    var done = ledger.transactionId(key);
    if (done.isPresent()) {
      return done.get();
    }
    // Adding to the day's total locks the sender's row for the day, so concurrent transfers of
    // one sender are checked against the limit one after the other.
    BigDecimal total = addToToday(me, exact);
    rules.withinDay(exact, total.subtract(exact));
    PostedTransaction posted =
        ledger.post(
            Posting.builder(TYPE, key, "Transfer from " + to.senderName() + " to " + to.name())
                .actor(me)
                .meta("senderId", me)
                .meta("recipientId", to.id())
                .meta("memo", m)
                .move(wallet(me), wallet(to.id()), exact)
                .build());
    if (posted.replayed()) {
      // An identical request committed while this one waited: it counted the amount already.
      addToToday(me, exact.negate());
    }
    return posted.id();
  }

  private static AccountRef wallet(long userId) {
    return AccountRef.wallet(userId, LedgerCurrency.AZR);
  }

  private static void requireFunds(BigDecimal balance, BigDecimal amount) {
    if (balance.compareTo(amount) < 0) {
      throw DomainException.conflict(
          "amount",
          "Insufficient balance: you have "
              + balance.toPlainString()
              + " AZR and tried to send "
              + amount.toPlainString()
              + " AZR.");
    }
  }

  private Recipient recipient(String email) {
    if (email == null || email.isBlank()) {
      throw DomainException.invalid("recipientEmail", "Enter the recipient's email.");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, display_name, email,"
                    + " (select display_name from app_user where id = ?) from app_user"
                    + " where email = ? and status = 'ACTIVE'")) {
      s.setLong(1, CurrentUser.id());
      s.setString(2, email.strip().toLowerCase(Locale.ROOT));
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw DomainException.invalid("recipientEmail", "No Azora user has this email.");
        }
        return new Recipient(r.getLong(1), r.getString(2), r.getString(3), r.getString(4));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** AZR sent by the user's transfers since the start of the current UTC day. */
  private BigDecimal sentToday(long userId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select amount from token_daily_total where user_id = ? and kind = 'TRANSFER'"
                    + " and day = (now() at time zone 'UTC')::date")) {
      s.setLong(1, userId);
      try (ResultSet r = s.executeQuery()) {
        return LedgerCurrency.AZR.round(r.next() ? r.getBigDecimal(1) : BigDecimal.ZERO);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Adds to the user's transfers of the current UTC day; returns the new total. */
  private BigDecimal addToToday(long userId, BigDecimal amount) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into token_daily_total (user_id, kind, day, amount)"
                    + " values (?, 'TRANSFER', (now() at time zone 'UTC')::date, ?)"
                    + " on conflict (user_id, kind, day) do update"
                    + " set amount = token_daily_total.amount + excluded.amount"
                    + " returning amount")) {
      s.setLong(1, userId);
      s.setBigDecimal(2, amount);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return LedgerCurrency.AZR.round(r.getBigDecimal(1));
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("Reading or counting the transfer failed", e);
  }
}
