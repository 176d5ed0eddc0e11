package com.azora.subscription.application;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.PaymentProvider;
import com.azora.payment.domain.PaymentProvider.ChargeResult;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.application.SubscriptionViews.MySubscription;
import com.azora.subscription.application.SubscriptionViews.Outcome;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.application.SubscriptionViews.UpgradeQuote;
import com.azora.subscription.domain.BillingInterval;
import com.azora.subscription.domain.InvoiceKind;
import com.azora.subscription.domain.Proration;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.domain.Tier;
import com.azora.subscription.infrastructure.Billing;
import com.azora.subscription.infrastructure.SubscriptionCharger;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The signed-in user's own subscription: compare tiers, subscribe, upgrade (prorated, charged now),
 * downgrade or cancel at the period end, resume, and read their invoices. Everything is looked up
 * by the caller's id, so nobody reaches another user's subscription.
 */
@Stateless
@RequiresAuthentication
public class SubscriptionService {

  @PersistenceContext private EntityManager em;
  @Inject private Billing billing;
  @Inject private SubscriptionCharger charger;
  @Inject private Clock clock;
  @EJB private Plans plans;

  /** Tiers on sale, cheapest first (FREE included, for comparison). */
  public List<TierView> tiers() {
    return plans.onSale();
  }

  /** Payment providers a new subscription may use. */
  public List<String> providers() {
    return charger.available();
  }

  public Optional<MySubscription> mine() {
    return live(CurrentUser.id(), false).map(s -> viewOf(em, s));
  }

  /** Subscribes the caller and charges the first period; a refused charge changes nothing. */
  public Outcome subscribe(String tierCode, BillingInterval interval, String provider) {
    long me = CurrentUser.id();
    Instant now = clock.instant();
    Tier tier = tierOnSale(tierCode);
    if (interval == null) {
      throw DomainException.invalid("interval", "Choose monthly or annual billing.");
    }
    PaymentProvider chosen = charger.choose(provider);
    Optional<Subscription> current = live(me, true);
    if (current.isPresent()) {
      Subscription old = current.get();
      if (old.getStatus() != SubscriptionStatus.UNPAID) {
        throw DomainException.conflict(
            "tier", "You already have a subscription: change it on the Subscription page.");
      }
      // An unpaid (suspended or never paid) subscription gives way to the new one.
      billing.voidOpenInvoices(old.getId());
      old.moveTo(SubscriptionStatus.CANCELED, now);
      em.flush();
    }
    Subscription s = new Subscription(me, tier.getCode(), interval, chosen.name(), now);
    em.persist(s);
    em.flush();
    SubscriptionInvoice invoice =
        new SubscriptionInvoice(
            s,
            InvoiceKind.INITIAL,
            tier.getCode(),
            tier.price(interval),
            "Azora " + tier.getName() + " " + interval.name().toLowerCase(Locale.ROOT) + " plan",
            s.getCurrentPeriodStart(),
            s.getCurrentPeriodEnd(),
            now);
    return chargeNow(invoice, s, now);
  }

  /** What upgrading to {@code tierCode} costs right now. */
  public UpgradeQuote quoteUpgrade(String tierCode) {
    Subscription s = requireLive(CurrentUser.id(), false);
    Tier target = higherTier(s, tierCode);
    return quote(s, target, clock.instant());
  }

  /** Moves to a higher tier now, charging the prorated difference. */
  public Outcome upgrade(String tierCode) {
    Instant now = clock.instant();
    Subscription s = requireLive(CurrentUser.id(), true);
    if (s.getStatus() != SubscriptionStatus.ACTIVE) {
      throw DomainException.conflict(
          "tier", "Settle the open invoice first: upgrades need an active subscription.");
    }
    Tier target = higherTier(s, tierCode);
    UpgradeQuote q = quote(s, target, now);
    if (q.due().signum() == 0) {
      s.changeTier(target.getCode(), now);
      return new Outcome(false, null, q.due());
    }
    SubscriptionInvoice invoice =
        new SubscriptionInvoice(
            s,
            InvoiceKind.UPGRADE,
            target.getCode(),
            q.due(),
            "Upgrade to Azora "
                + target.getName()
                + " (credit "
                + q.credit().toPlainString()
                + ", charge "
                + q.charge().toPlainString()
                + ")",
            now,
            s.getCurrentPeriodEnd(),
            now);
    return chargeNow(invoice, s, now);
  }

  /** A lower paid tier from the next period on; FREE means cancel at the period end. */
  public void downgrade(String tierCode) {
    Instant now = clock.instant();
    Subscription s = requireLive(CurrentUser.id(), true);
    if (Tier.FREE.equals(tierCode)) {
      s.cancelAtPeriodEnd(now);
      return;
    }
    Tier current = em.find(Tier.class, s.getTierCode());
    Tier target = tierOnSale(tierCode);
    if (target.getRank() >= current.getRank()) {
      throw DomainException.invalid("tier", "Choose a tier below your current one.");
    }
    s.scheduleDowngrade(target.getCode(), now);
  }

  /**
   * Stops renewal at the period end; an unpaid subscription, which has no paid period, ends now.
   */
  public void cancelAtPeriodEnd() {
    Subscription s = requireLive(CurrentUser.id(), true);
    if (s.getStatus() == SubscriptionStatus.UNPAID) {
      billing.voidOpenInvoices(s.getId());
      s.moveTo(SubscriptionStatus.CANCELED, clock.instant());
      return;
    }
    s.cancelAtPeriodEnd(clock.instant());
  }

  public void resume() {
    requireLive(CurrentUser.id(), true).resume(clock.instant());
  }

  /** The caller's invoices, newest first. */
  public PageResult<InvoiceView> invoices(int first, int pageSize) {
    long me = CurrentUser.id();
    List<InvoiceView> rows =
        em
            .createQuery(
                "select i from SubscriptionInvoice i where i.userId = :u order by i.id desc",
                SubscriptionInvoice.class)
            .setParameter("u", me)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList()
            .stream()
            .map(i -> invoiceView(i, null))
            .toList();
    long total =
        em.createQuery("select count(i) from SubscriptionInvoice i where i.userId = :u", Long.class)
            .setParameter("u", me)
            .getSingleResult();
    return new PageResult<>(rows, total);
  }

  private Outcome chargeNow(SubscriptionInvoice invoice, Subscription s, Instant now) {
    ChargeResult result = billing.chargeNew(invoice, s, now);
    return new Outcome(
        result.status() == PaymentProvider.Status.PENDING,
        invoice.getNumber(),
        invoice.getAmount());
  }

  private UpgradeQuote quote(Subscription s, Tier target, Instant now) {
    Tier current = em.find(Tier.class, s.getTierCode());
    Proration.Quote q =
        Proration.upgrade(
            current.price(s.getInterval()),
            target.price(s.getInterval()),
            s.getCurrentPeriodStart(),
            s.getCurrentPeriodEnd(),
            now,
            LedgerCurrency.USD);
    return new UpgradeQuote(
        target.getCode(), q.credit(), q.charge(), q.due(), s.getCurrentPeriodEnd());
  }

  private Tier higherTier(Subscription s, String tierCode) {
    Tier current = em.find(Tier.class, s.getTierCode());
    Tier target = tierOnSale(tierCode);
    if (target.getRank() <= current.getRank()) {
      throw DomainException.invalid("tier", "Choose a tier above your current one.");
    }
    return target;
  }

  private Tier tierOnSale(String code) {
    Tier t = code == null ? null : em.find(Tier.class, code);
    if (t == null || !t.isActive() || t.isFree()) {
      throw DomainException.invalid("tier", "Choose one of the paid plans on sale.");
    }
    return t;
  }

  private Subscription requireLive(long userId, boolean lock) {
    return LiveSubscriptions.require(em, userId, lock);
  }

  private Optional<Subscription> live(long userId, boolean lock) {
    return LiveSubscriptions.find(em, userId, lock);
  }

  static MySubscription viewOf(EntityManager em, Subscription s) {
    Tier t = em.find(Tier.class, s.getTierCode());
    return new MySubscription(
        s.getId(),
        t.getCode(),
        t.getName(),
        t.getRank(),
        s.getInterval(),
        s.getStatus(),
        s.getProvider(),
        s.getCurrentPeriodStart(),
        s.getCurrentPeriodEnd(),
        s.isCancelAtPeriodEnd(),
        s.getPendingTierCode(),
        s.getPendingInterval());
  }

  static TierView view(Tier t) {
    var terms = t.terms();
    return new TierView(
        t.getCode(),
        t.getName(),
        t.getRank(),
        t.getMonthlyPrice(),
        t.getAnnualPrice(),
        t.getCurrency(),
        terms.aiTutorQuotaPerMonth(),
        terms.premiumCourses(),
        terms.maxActiveProjects(),
        t.isActive());
  }

  static InvoiceView invoiceView(SubscriptionInvoice i, String email) {
    return new InvoiceView(
        i.getId(),
        i.getNumber(),
        i.getKind(),
        i.getTierCode(),
        i.getAmount(),
        i.getCurrency(),
        i.getPeriodStart(),
        i.getPeriodEnd(),
        i.getStatus(),
        i.getProvider(),
        i.getAttempts(),
        i.getNextAttemptAt(),
        i.getLastError(),
        i.getCreatedAt(),
        i.getPaidAt(),
        email);
  }
}
