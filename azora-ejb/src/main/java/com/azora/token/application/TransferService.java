package com.azora.token.application;

import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.token.application.TokenViews.TransferPreview;
import com.azora.token.domain.TransferRules;
import com.azora.token.infrastructure.WalletLock;
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
 * Sends AZR from the caller's wallet to another user's, found by email. The sender's and
 * recipient's wallets are locked before the day's total and the balance are checked, so two
 * transfers at once cannot both pass the daily limit.
 */
@Stateless
@RequiresAuthentication
public class TransferService {

  public static final String TYPE = "TRANSFER";

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private WalletLock locks;

  private record Recipient(long id, String name, String email) {}

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
    rules().withinDay(exact, sentToday(ledger.account(wallet(me))));
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
    long[] ids = locks.lock(wallet(me), wallet(to.id()));
    var done = ledger.transactionId(key);
    if (done.isPresent()) {
      return done.get();
    }
    rules.withinDay(exact, sentToday(ids[0]));
    requireFunds(ledger.balance(wallet(me)), exact);
    String sender =
        (String)
            em.createNativeQuery("select display_name from app_user where id = ?1")
                .setParameter(1, me)
                .getSingleResult();
    return ledger
        .post(
            Posting.builder(TYPE, key, "Transfer from " + sender + " to " + to.name())
                .actor(me)
                .meta("senderId", me)
                .meta("recipientId", to.id())
                .meta("memo", m)
                .move(wallet(me), wallet(to.id()), exact)
                .build())
        .id();
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
                "select id, display_name, email from app_user where email = ?1"
                    + " and status = 'ACTIVE'")
            .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.invalid("recipientEmail", "No Azora user has this email.");
    }
    Object[] r = (Object[]) rows.get(0);
    return new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2]);
  }

  /** AZR sent from the wallet by transfers since the start of the current UTC day. */
  private BigDecimal sentToday(long walletId) {
    BigDecimal sum =
        (BigDecimal)
            em.createNativeQuery(
                    "select coalesce(-sum(e.amount), 0) from ledger_entry e"
                        + " join ledger_transaction t on t.id = e.transaction_id"
                        + " where e.account_id = ?1 and t.type = 'TRANSFER' and e.amount < 0"
                        + " and t.created_at >= date_trunc('day', now() at time zone 'UTC')"
                        + " at time zone 'UTC'")
                .setParameter(1, walletId)
                .getSingleResult();
    return LedgerCurrency.AZR.round(sum);
  }
}
