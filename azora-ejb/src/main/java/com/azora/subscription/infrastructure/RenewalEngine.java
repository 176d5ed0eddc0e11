package com.azora.subscription.infrastructure;

import com.azora.payment.domain.PaymentProvider.ChargeResult;
import com.azora.platform.config.ConfigKey;
import com.azora.subscription.domain.AfterDunning;
import com.azora.subscription.domain.DunningSchedule;
import com.azora.subscription.domain.InvoiceKind;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.domain.Tier;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The renewal run: subscriptions whose period ended (apply a scheduled cancellation or downgrade,
 * else bill the next period) and failed invoices due for a retry. Each item runs in its own
 * transaction and is claimed with {@code FOR UPDATE SKIP LOCKED}, so two runs at once (timer and
 * admin button, or two cluster nodes) never bill twice; the one-invoice-per-period index backs it.
 * Entry points are the renewal timer and the admin service, never a page.
 */
@Stateless
public class RenewalEngine {

  private static final Logger LOG = Logger.getLogger(RenewalEngine.class.getName());
  private static final int BATCH = 200;

  /** How many items the run handled. */
  public record RunReport(int periodEnds, int retries, int failures) {}

  @PersistenceContext private EntityManager em;
  @Inject private Billing billing;
  @Inject private SubscriptionMails mails;
  @EJB private RenewalEngine self;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunReport run(Instant now) {
    int ends = 0;
    int retries = 0;
    int failures = 0;
    for (Long id :
        ids(
            "select id from subscription where status = 'ACTIVE' and current_period_end <= ?1"
                + " order by current_period_end",
            now)) {
      try {
        ends += self.periodEnd(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        failures++;
        LOG.log(Level.WARNING, "Renewal of subscription " + id + " failed; next run retries", e);
      }
    }
    for (Long id :
        ids(
            "select id from subscription_invoice where status = 'OPEN' and next_attempt_at <= ?1"
                + " order by next_attempt_at",
            now)) {
      try {
        retries += self.retry(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        failures++;
        LOG.log(Level.WARNING, "Retry of invoice " + id + " failed; next run retries", e);
      }
    }
    return new RunReport(ends, retries, failures);
  }

  /** Ends a subscription's period; false when another run has it or it is no longer due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean periodEnd(long subscriptionId, Instant now) {
    if (!claim(
        "select id from subscription where id = ?1 and status = 'ACTIVE'"
            + " and current_period_end <= ?2 for update skip locked",
        subscriptionId,
        now)) {
      return false;
    }
    Subscription s = em.find(Subscription.class, subscriptionId);
    em.refresh(s);
    if (s.isCancelAtPeriodEnd()) {
      String tier = s.getTierCode();
      billing.voidOpenInvoices(s.getId());
      s.moveTo(SubscriptionStatus.CANCELED, now);
      mails.canceled(s.getUserId(), tier, "you canceled it and its paid period is over");
      return true;
    }
    s.applyPendingTier(now);
    int next = s.nextPeriodForRenewal(now);
    Tier tier = em.find(Tier.class, s.getTierCode());
    SubscriptionInvoice invoice =
        new SubscriptionInvoice(
            s,
            InvoiceKind.RENEWAL,
            tier.getCode(),
            tier.price(s.getInterval()),
            "Azora "
                + tier.getName()
                + " "
                + s.getInterval().name().toLowerCase(Locale.ROOT)
                + " renewal",
            s.periodStart(next),
            s.periodEnd(next),
            now);
    billing.open(invoice, now);
    ChargeResult result = billing.charge(invoice, s, now);
    switch (result.status()) {
      case SUCCEEDED -> mails.renewed(invoice);
      case PENDING -> {
        // Offline: the subscription waits in PAST_DUE until an admin confirms the transfer.
        s.moveTo(SubscriptionStatus.PAST_DUE, now);
        mails.pending(invoice);
      }
      case FAILED -> failed(invoice, s, now);
    }
    return true;
  }

  /** Tries a failed invoice again; false when another run has it or it is no longer due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean retry(long invoiceId, Instant now) {
    if (!claim(
        "select id from subscription_invoice where id = ?1 and status = 'OPEN'"
            + " and next_attempt_at <= ?2 for update skip locked",
        invoiceId,
        now)) {
      return false;
    }
    SubscriptionInvoice invoice = em.find(SubscriptionInvoice.class, invoiceId);
    em.refresh(invoice);
    Subscription s = em.find(Subscription.class, invoice.getSubscriptionId());
    if (s.getStatus() == SubscriptionStatus.CANCELED) {
      invoice.voided();
      return true;
    }
    if (s.isCancelAtPeriodEnd()) {
      // The subscriber canceled while the renewal was failing: the unpaid period is not owed.
      String tier = s.getTierCode();
      billing.voidOpenInvoices(s.getId());
      s.moveTo(SubscriptionStatus.CANCELED, now);
      mails.canceled(s.getUserId(), tier, "you canceled it while its renewal was unpaid");
      return true;
    }
    ChargeResult result = billing.charge(invoice, s, now);
    switch (result.status()) {
      case SUCCEEDED -> mails.renewed(invoice);
      case PENDING -> mails.pending(invoice);
      case FAILED -> failed(invoice, s, now);
    }
    return true;
  }

  /** Schedules the next retry, or gives up per the setting. */
  private void failed(SubscriptionInvoice invoice, Subscription s, Instant now) {
    DunningSchedule schedule = DunningSchedule.ofDays(ConfigKey.SUBSCRIPTION_RETRY_DAYS.value());
    Optional<Instant> next = schedule.nextAttempt(invoice.getCreatedAt(), invoice.getAttempts());
    if (next.isPresent()) {
      invoice.retryAt(next.get());
      if (s.getStatus() == SubscriptionStatus.ACTIVE) {
        s.moveTo(SubscriptionStatus.PAST_DUE, now);
      }
      mails.paymentFailed(invoice, invoice.getLastError(), next.get());
      return;
    }
    invoice.failed();
    AfterDunning after =
        AfterDunning.valueOf(
            ConfigKey.SUBSCRIPTION_AFTER_RETRIES.value().trim().toUpperCase(Locale.ROOT));
    if (after == AfterDunning.CANCELED) {
      String tier = s.getTierCode();
      s.moveTo(SubscriptionStatus.CANCELED, now);
      mails.canceled(
          s.getUserId(),
          tier,
          "invoice " + invoice.getNumber() + " stayed unpaid after all retries");
    } else {
      s.moveTo(SubscriptionStatus.UNPAID, now);
      mails.suspended(invoice);
    }
  }

  private boolean claim(String sql, long id, Instant now) {
    return !em.createNativeQuery(sql)
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  private List<Long> ids(String sql, Instant now) {
    return ((List<?>)
            em.createNativeQuery(sql + " limit " + BATCH)
                .setParameter(1, Timestamp.from(now))
                .getResultList())
        .stream().map(o -> ((Number) o).longValue()).toList();
  }
}
