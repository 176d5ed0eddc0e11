package com.azora.payout.application;

import com.azora.payout.application.PayoutViews.ItemRow;
import com.azora.payout.application.PayoutViews.MethodView;
import com.azora.payout.domain.BankAccount;
import com.azora.payout.infrastructure.StripeConnectPayoutProvider;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The signed-in instructor's payout method (bank details, or a Stripe Express account they onboard
 * on Stripe's pages) and their own payouts. Every method acts on the caller only.
 */
@Stateless
@RequiresPermissions(Permissions.EARNINGS_READ)
public class PayoutService {

  @PersistenceContext private EntityManager em;
  @Inject private StripeConnectPayoutProvider stripe;

  public MethodView myMethod() {
    List<?> rows =
        em.createNativeQuery(
                "select kind, stripe_account, payouts_enabled, account_holder, account_number,"
                    + " bank_code, country from payout_method where instructor_id = ?1")
            .setParameter(1, CurrentUser.id())
            .getResultList();
    if (rows.isEmpty()) {
      return new MethodView(null, null, false, null, null, null, null);
    }
    Object[] r = (Object[]) rows.get(0);
    return new MethodView(
        (String) r[0],
        (String) r[1],
        Boolean.TRUE.equals(r[2]),
        (String) r[3],
        mask((String) r[4]),
        (String) r[5],
        (String) r[6]);
  }

  /** Whether instructors can connect a Stripe account here. */
  public boolean stripeAvailable() {
    return stripe.configured();
  }

  /** Sets the caller's payout method to a bank transfer to these details. */
  public void saveBank(String holder, String accountNumber, String bankCode, String country) {
    BankAccount a = BankAccount.normalised(holder, accountNumber, bankCode, country);
    Map<String, String> problems = a.problems();
    if (!problems.isEmpty()) {
      Map.Entry<String, String> first = problems.entrySet().iterator().next();
      throw DomainException.invalid(first.getKey(), first.getValue());
    }
    em.createNativeQuery(
            "insert into payout_method (instructor_id, kind, account_holder, account_number,"
                + " bank_code, country) values (?1, 'BANK', ?2, ?3, ?4, ?5)"
                + " on conflict (instructor_id) do update set kind = 'BANK',"
                + " account_holder = excluded.account_holder,"
                + " account_number = excluded.account_number, bank_code = excluded.bank_code,"
                + " country = excluded.country, updated_at = now()")
        .setParameter(1, CurrentUser.id())
        .setParameter(2, a.holder())
        .setParameter(3, a.accountNumber())
        .setParameter(4, a.bankCode())
        .setParameter(5, a.country())
        .executeUpdate();
  }

  /**
   * Starts Stripe onboarding: the caller's Express account (created once) and the Stripe page to
   * send them to; they come back to {@code returnUrl}.
   */
  public String startStripeConnect(String returnUrl, String refreshUrl) {
    if (!stripe.configured()) {
      throw DomainException.conflict("stripe", "Stripe payouts are not set up on this site.");
    }
    MethodView m = myMethod();
    String account = m.stripeAccount();
    if (account == null) {
      account =
          stripe.createAccount(CurrentUser.find().map(p -> p.email()).orElse(null), m.country());
      em.createNativeQuery(
              "insert into payout_method (instructor_id, kind, stripe_account) values (?1,"
                  + " 'STRIPE', ?2) on conflict (instructor_id) do update set"
                  + " stripe_account = excluded.stripe_account, updated_at = now()")
          .setParameter(1, CurrentUser.id())
          .setParameter(2, account)
          .executeUpdate();
    }
    return stripe.onboardingLink(account, returnUrl, refreshUrl);
  }

  /**
   * Back from Stripe: reads whether the caller's account may receive payouts and makes Stripe their
   * payout method.
   */
  public MethodView finishStripeConnect() {
    String account = myMethod().stripeAccount();
    if (account == null) {
      throw DomainException.conflict("stripe", "Connect with Stripe first.");
    }
    boolean enabled = stripe.payoutsEnabled(account);
    em.createNativeQuery(
            "update payout_method set kind = 'STRIPE', payouts_enabled = ?2, updated_at = now()"
                + " where instructor_id = ?1")
        .setParameter(1, CurrentUser.id())
        .setParameter(2, enabled)
        .executeUpdate();
    return myMethod();
  }

  /** The caller's payouts, newest first. */
  public PageResult<ItemRow> myPayouts(int first, int max) {
    return Payouts.items(em, null, CurrentUser.id(), first, Math.min(max, 100));
  }

  private static String mask(String account) {
    if (account == null) {
      return null;
    }
    int keep = Math.min(4, account.length());
    return "•".repeat(Math.max(0, account.length() - keep))
        + account.substring(account.length() - keep);
  }
}
