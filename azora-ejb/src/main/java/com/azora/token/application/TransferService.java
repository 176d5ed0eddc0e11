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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Sends AZR from the caller's wallet to another user's, found by email. The sender's running total
 * for the day is raised (and locked) before the limit is checked, so two transfers at once cannot
 * both pass the daily limit; the ledger refuses a balance below zero.
 */
@Stateless
@RequiresAuthentication
public class TransferService {

  public static final String TYPE = "TRANSFER";

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;

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
    List<?> rows =
        em.createNativeQuery(
                "select id, display_name, email,"
                    + " (select display_name from app_user where id = ?2) from app_user"
                    + " where email = ?1 and status = 'ACTIVE'")
            .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
            .setParameter(2, CurrentUser.id())
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.invalid("recipientEmail", "No Azora user has this email.");
    }
    Object[] r = (Object[]) rows.get(0);
    return new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
  }

  /** AZR sent by the user's transfers since the start of the current UTC day. */
  private BigDecimal sentToday(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "select amount from token_daily_total where user_id = ?1 and kind = 'TRANSFER'"
                    + " and day = (now() at time zone 'UTC')::date")
            .setParameter(1, userId)
            .getResultList();
    return LedgerCurrency.AZR.round(rows.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rows.get(0));
  }

  /** Adds to the user's transfers of the current UTC day; returns the new total. */
  private BigDecimal addToToday(long userId, BigDecimal amount) {
    return LedgerCurrency.AZR.round(
        (BigDecimal)
            em.createNativeQuery(
                    "insert into token_daily_total (user_id, kind, day, amount)"
                        + " values (?1, 'TRANSFER', (now() at time zone 'UTC')::date, ?2)"
                        + " on conflict (user_id, kind, day) do update"
                        + " set amount = token_daily_total.amount + excluded.amount"
                        + " returning amount")
                .setParameter(1, userId)
                .setParameter(2, amount)
                .getSingleResult());
  }
}
