package com.azora.ledger.application;

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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Manual adjustments by an admin, each with a reason and an audit record: granting AZR (minted from
 * the treasury), crediting a bank transfer received offline to a user's fiat wallet (from the
 * provider clearing account), or taking either back. A negative amount debits the wallet and is
 * refused when the wallet does not hold it.
 */
@Stateless
@RequiresPermissions(Permissions.LEDGER_ADJUST)
public class LedgerAdjustmentService {

  /** The adjustment as booked. */
  public record Adjusted(long transactionId, boolean replayed, String userEmail) {}

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private AuditLog audit;

  /**
   * Books {@code amount} (signed) on the wallet of the user with {@code email}. {@code requestKey}
   * makes a repeated submission of the same request book once (the page and the API pass one).
   */
  public Adjusted adjust(
      String email,
      String currencyCode,
      BigDecimal amount,
      String reason,
      String requestKey,
      String ip) {
    long admin = CurrentUser.id();
    String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("select id from app_user where email = ?1")
            .setParameter(1, normalized)
            .getResultList();
    if (ids.isEmpty()) {
      throw DomainException.invalid("email", "No user has this email address.");
    }
    LedgerCurrency currency;
    try {
      currency = LedgerCurrency.of(currencyCode);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("currency", "Choose a currency.");
    }
    if (amount == null || amount.signum() == 0) {
      throw DomainException.invalid("amount", "Enter a non-zero amount.");
    }
    if (amount.stripTrailingZeros().scale() > currency.scale()) {
      throw DomainException.invalid(
          "amount", currency + " amounts have at most " + currency.scale() + " decimals.");
    }
    if (reason == null || reason.isBlank() || reason.trim().length() < 5) {
      throw DomainException.invalid("reason", "Say why, in at least 5 characters.");
    }
    if (reason.length() > 400) {
      throw DomainException.invalid("reason", "Keep the reason under 400 characters.");
    }
    if (requestKey == null || requestKey.isBlank() || requestKey.length() > 100) {
      throw DomainException.invalid("requestKey", "The request has no valid key; reload the page.");
    }
    long user = ids.get(0).longValue();
    AccountRef wallet = AccountRef.wallet(user, currency);
    AccountRef source =
        AccountRef.system(
            currency == LedgerCurrency.AZR ? AccountKind.TREASURY : AccountKind.PROVIDER_CLEARING,
            currency);
    BigDecimal exact = currency.exact(amount);
    Posting.Builder b =
        Posting.builder(
                "ADJUSTMENT",
                "adjustment:" + admin + ":" + requestKey,
                (exact.signum() > 0 ? "Adjustment credited: " : "Adjustment debited: ")
                    + reason.trim())
            .actor(admin)
            .meta("userId", user)
            .meta("reason", reason.trim());
    if (exact.signum() > 0) {
      b.move(source, wallet, exact);
    } else {
      b.move(wallet, source, exact.negate());
    }
    PostedTransaction tx = ledger.post(b.build());
    if (!tx.replayed()) {
      audit.record(
          SecurityEventType.LEDGER_ADJUSTED,
          user,
          admin,
          normalized,
          ip,
          currency
              + " "
              + exact.toPlainString()
              + " (transaction "
              + tx.id()
              + "): "
              + reason.trim());
    }
    return new Adjusted(tx.id(), tx.replayed(), normalized);
  }
}
