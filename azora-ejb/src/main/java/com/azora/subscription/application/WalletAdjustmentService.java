package com.azora.subscription.application;

import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.subscription.application.SubscriptionViews.AdjustmentRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Admin adjustments of a user's USD wallet, for money that reached the platform outside a provider
 * (a bank transfer): an {@code ADJUSTMENT} posting between provider clearing and the wallet with a
 * required reason, the acting admin and an audit entry. A debit corrects a mistaken credit; the
 * ledger refuses to take a wallet below zero. Each form submission books at most once.
 */
@Stateless
@RequiresPermissions(Permissions.BILLING_MANAGE)
public class WalletAdjustmentService {

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  /** Books the adjustment; {@code requestKey} is the form's one-time key. Returns the balance. */
  public BigDecimal adjust(
      String userEmail, BigDecimal amount, String reason, String requestKey, String ip) {
    long me = CurrentUser.id();
    List<?> users =
        em.createNativeQuery("select id from app_user where lower(email) = ?1")
            .setParameter(1, userEmail == null ? "" : userEmail.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (users.isEmpty()) {
      throw DomainException.invalid("email", "No user with that email.");
    }
    long userId = ((Number) users.get(0)).longValue();
    if (amount == null || amount.signum() == 0) {
      throw DomainException.invalid("amount", "Enter a non-zero amount.");
    }
    if (amount.stripTrailingZeros().scale() > LedgerCurrency.USD.scale()) {
      throw DomainException.invalid("amount", "USD amounts have at most two decimals.");
    }
    if (reason == null || reason.strip().length() < 5 || reason.strip().length() > 300) {
      throw DomainException.invalid(
          "reason", "Say why, in 5 to 300 characters (e.g. the bank reference).");
    }
    if (requestKey == null || !requestKey.matches("[a-f0-9-]{36}")) {
      throw DomainException.invalid(null, "Reload the page and try again.");
    }
    AccountRef wallet = AccountRef.wallet(userId, LedgerCurrency.USD);
    AccountRef clearing = AccountRef.system(AccountKind.PROVIDER_CLEARING, LedgerCurrency.USD);
    BigDecimal exact = LedgerCurrency.USD.exact(amount.abs());
    Posting.Builder b =
        Posting.builder(
                "ADJUSTMENT",
                "wallet-adjustment:" + requestKey,
                "Wallet adjustment: " + reason.strip())
            .actor(me)
            .meta("reason", reason.strip())
            .meta("userId", userId);
    Posting posting =
        (amount.signum() > 0 ? b.move(clearing, wallet, exact) : b.move(wallet, clearing, exact))
            .build();
    PostedTransaction tx = ledger.post(posting);
    if (!tx.replayed()) {
      audit.record(
          SecurityEventType.WALLET_ADJUSTED,
          userId,
          me,
          "ledger transaction " + tx.id(),
          ip,
          amount.toPlainString() + " USD: " + reason.strip());
    }
    return ledger.balance(wallet);
  }

  /** The latest adjustments, newest first. */
  public List<AdjustmentRow> recent(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "select t.id, t.created_at, u.email, e.amount, e.currency,"
                    + " cast(t.metadata as jsonb) ->> 'reason', actor.email"
                    + " from ledger_transaction t"
                    + " join ledger_entry e on e.transaction_id = t.id"
                    + " join ledger_account a on a.id = e.account_id and a.kind = 'USER_WALLET'"
                    + " join app_user u on u.id = a.owner_id"
                    + " left join app_user actor on actor.id = t.actor_id"
                    + " where t.type = 'ADJUSTMENT' order by t.id desc limit ?1")
            .setParameter(1, Math.max(1, Math.min(limit, 200)))
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new AdjustmentRow(
                    ((Number) r[0]).longValue(),
                    ((Timestamp) r[1]).toInstant(),
                    (String) r[2],
                    (BigDecimal) r[3],
                    ((String) r[4]).trim(),
                    (String) r[5],
                    (String) r[6]))
        .toList();
  }
}
