package com.azora.subscription.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PaymentProvider.ChargeResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.subscription.application.SubscriptionViews.IntervalQuote;
import com.azora.subscription.application.SubscriptionViews.MySubscription;
import com.azora.subscription.application.SubscriptionViews.Outcome;
import com.azora.subscription.domain.BillingInterval;
import com.azora.subscription.domain.BillingPeriods;
import com.azora.subscription.domain.InvoiceKind;
import com.azora.subscription.domain.Proration;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.domain.Tier;
import com.azora.subscription.infrastructure.Billing;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Changing billing interval the way Stripe does it: monthly to annual takes effect now (a new
 * annual period from now, the unused part of the month credited, the rest charged at once); annual
 * to monthly waits for the paid year to end ("scheduled"). Also the API's one call that subscribes,
 * upgrades, downgrades or switches interval, whichever the request asks for.
 */
@Stateless
@RequiresAuthentication
public class PlanChanges {

  @PersistenceContext private EntityManager em;
  @EJB private SubscriptionService subscriptions;
  @Inject private Billing billing;
  @Inject private Clock clock;

  /** What switching the caller's subscription to {@code target} costs and when it applies. */
  public IntervalQuote quote(BillingInterval target) {
    Subscription s = LiveSubscriptions.require(em, CurrentUser.id(), false);
    return quote(s, target(s, target), clock.instant());
  }

  /** Switches now (to annual, charged) or schedules the switch (to monthly) at the period end. */
  public Outcome switchInterval(BillingInterval target) {
    Instant now = clock.instant();
    Subscription s = LiveSubscriptions.require(em, CurrentUser.id(), true);
    BillingInterval to = target(s, target);
    if (s.getPendingInterval() == to) {
      throw DomainException.conflict("interval", "This switch is already scheduled.");
    }
    if (to == s.getInterval()) {
      // Switching back before a scheduled switch applied: keep the current interval.
      s.scheduleInterval(to, now);
      return new Outcome(false, null, BigDecimal.ZERO.setScale(2));
    }
    if (s.getStatus() != SubscriptionStatus.ACTIVE) {
      throw DomainException.conflict(
          "interval",
          "Settle the open invoice first: billing changes need an active subscription.");
    }
    IntervalQuote q = quote(s, to, now);
    if (!q.now()) {
      s.scheduleInterval(to, now);
      return new Outcome(false, null, q.due());
    }
    if (s.isCancelAtPeriodEnd()) {
      throw DomainException.conflict(
          "interval", "This subscription ends with the period: keep it before changing billing.");
    }
    if (q.due().signum() == 0) {
      s.restartPeriods(to, now, now);
      return new Outcome(false, null, q.due());
    }
    Tier tier = em.find(Tier.class, s.getTierCode());
    SubscriptionInvoice invoice =
        new SubscriptionInvoice(
            s,
            InvoiceKind.INTERVAL,
            tier.getCode(),
            to,
            q.due(),
            "Azora "
                + tier.getName()
                + " annual plan from now (charge "
                + q.charge().toPlainString()
                + ", credit for the unused month "
                + q.credit().toPlainString()
                + ")",
            now,
            BillingPeriods.end(now, to, 0),
            now);
    ChargeResult result = billing.chargeNew(invoice, s, now);
    return new Outcome(
        result.status() == PaymentProvider.Status.PENDING,
        invoice.getNumber(),
        invoice.getAmount());
  }

  /**
   * The API's single change call: subscribes when the caller has no live subscription (or an unpaid
   * one), otherwise changes one thing, the tier (up now, down at the period end) or the billing
   * interval.
   */
  public Outcome change(String tierCode, BillingInterval interval, String provider) {
    MySubscription current = subscriptions.mine().orElse(null);
    if (current == null || current.status() == SubscriptionStatus.UNPAID) {
      return subscriptions.subscribe(tierCode, interval, provider);
    }
    boolean tierChanges = tierCode != null && !tierCode.equals(current.tierCode());
    boolean intervalChanges =
        interval != null && (interval != current.interval() || current.pendingInterval() != null);
    if (tierChanges && intervalChanges) {
      throw DomainException.invalid(
          "interval", "Change the plan or the billing interval, one at a time.");
    }
    if (intervalChanges) {
      return switchInterval(interval);
    }
    if (!tierChanges) {
      throw DomainException.invalid("tier", "This is already your plan: name another tier.");
    }
    Tier target = em.find(Tier.class, tierCode);
    if (target != null && target.getRank() < current.tierRank()) {
      subscriptions.downgrade(tierCode);
      return new Outcome(false, null, BigDecimal.ZERO.setScale(2));
    }
    return subscriptions.upgrade(tierCode);
  }

  private static BillingInterval target(Subscription s, BillingInterval target) {
    if (target == null) {
      throw DomainException.invalid("interval", "Choose monthly or annual billing.");
    }
    if (target == s.getInterval() && s.getPendingInterval() == null) {
      throw DomainException.invalid(
          "interval",
          "You already pay " + (target == BillingInterval.ANNUAL ? "annually." : "monthly."));
    }
    return target;
  }

  private IntervalQuote quote(Subscription s, BillingInterval to, Instant now) {
    if (to.months() < s.getInterval().months() || to == s.getInterval()) {
      return new IntervalQuote(
          to,
          false,
          BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO.setScale(2),
          BigDecimal.ZERO.setScale(2),
          s.getCurrentPeriodEnd());
    }
    if (!now.isBefore(s.getCurrentPeriodEnd())) {
      throw DomainException.conflict(
          "interval", "Your period is being renewed: try again in a few minutes.");
    }
    Tier tier = em.find(Tier.class, s.getTierCode());
    Proration.Quote q =
        Proration.switchNow(
            tier.price(s.getInterval()),
            tier.price(to),
            s.getCurrentPeriodStart(),
            s.getCurrentPeriodEnd(),
            now,
            LedgerCurrency.of(tier.getCurrency()));
    return new IntervalQuote(to, true, q.credit(), q.charge(), q.due(), now);
  }
}
