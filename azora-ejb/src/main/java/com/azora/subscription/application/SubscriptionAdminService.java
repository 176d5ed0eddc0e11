package com.azora.subscription.application;

import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.application.SubscriptionViews.SubscriptionRow;
import com.azora.subscription.domain.InvoiceStatus;
import com.azora.subscription.domain.Subscription;
import com.azora.subscription.domain.SubscriptionInvoice;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.subscription.infrastructure.Billing;
import com.azora.subscription.infrastructure.RenewalEngine;
import com.azora.subscription.infrastructure.SubscriptionMails;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Billing admins: list subscriptions and open invoices, confirm an offline payment, cancel a
 * subscription, and run renewals now (the same run the timer starts). Every action is audited.
 */
@Stateless
@RequiresPermissions(Permissions.BILLING_MANAGE)
public class SubscriptionAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private Billing billing;
  @Inject private SubscriptionMails mails;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @EJB private RenewalEngine renewals;

  public PageResult<SubscriptionRow> subscriptions(
      String email, SubscriptionStatus status, int first, int pageSize) {
    String pattern =
        email == null || email.isBlank()
            ? null
            : "%" + email.strip().toLowerCase(java.util.Locale.ROOT) + "%";
    String where =
        " from Subscription s, UserAccount u where u.id = s.userId"
            + (pattern == null ? "" : " and lower(u.email) like :email")
            + (status == null ? "" : " and s.status = :status");
    var page = em.createQuery("select s, u.email" + where + " order by s.id desc", Object[].class);
    var count = em.createQuery("select count(s)" + where, Long.class);
    if (pattern != null) {
      page.setParameter("email", pattern);
      count.setParameter("email", pattern);
    }
    if (status != null) {
      page.setParameter("status", status);
      count.setParameter("status", status);
    }
    List<SubscriptionRow> rows =
        page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
            .map(
                r -> {
                  Subscription s = (Subscription) r[0];
                  return new SubscriptionRow(
                      s.getId(),
                      (String) r[1],
                      s.getTierCode(),
                      s.getInterval(),
                      s.getStatus(),
                      s.getProvider(),
                      s.getCurrentPeriodEnd(),
                      s.isCancelAtPeriodEnd(),
                      s.getPendingTierCode(),
                      s.getPendingInterval());
                })
            .toList();
    long total = count.getSingleResult();
    return new PageResult<>(rows, total);
  }

  public PageResult<InvoiceView> openInvoices(int first, int pageSize) {
    List<Object[]> rows =
        em.createQuery(
                "select i, u.email from SubscriptionInvoice i, UserAccount u"
                    + " where u.id = i.userId and i.status = :open order by i.id desc",
                Object[].class)
            .setParameter("open", InvoiceStatus.OPEN)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    long total =
        em.createQuery(
                "select count(i) from SubscriptionInvoice i where i.status = :open", Long.class)
            .setParameter("open", InvoiceStatus.OPEN)
            .getSingleResult();
    return new PageResult<>(
        rows.stream()
            .map(r -> SubscriptionService.invoiceView((SubscriptionInvoice) r[0], (String) r[1]))
            .toList(),
        total);
  }

  /** An offline payment arrived: the invoice is paid and takes effect. */
  public void confirmPaid(long invoiceId, String ip) {
    long me = CurrentUser.id();
    Instant now = clock.instant();
    SubscriptionInvoice invoice =
        em.find(SubscriptionInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null) {
      throw DomainException.notFound("No such invoice.");
    }
    if (invoice.getStatus() != InvoiceStatus.OPEN) {
      throw DomainException.conflict(null, "Invoice " + invoice.getNumber() + " is not open.");
    }
    Subscription s =
        em.find(Subscription.class, invoice.getSubscriptionId(), LockModeType.PESSIMISTIC_WRITE);
    if (s.getStatus() == SubscriptionStatus.CANCELED) {
      throw DomainException.conflict(null, "That subscription has ended; void the invoice.");
    }
    billing.settle(invoice, s, me, now);
    mails.paid(invoice);
    audit.record(
        SecurityEventType.SUBSCRIPTION_INVOICE_CONFIRMED,
        s.getUserId(),
        me,
        invoice.getNumber(),
        ip,
        invoice.getAmount().toPlainString() + " " + invoice.getCurrency());
  }

  /** Ends a subscription now and voids what it still owes. */
  public void cancel(long subscriptionId, String ip) {
    long me = CurrentUser.id();
    Instant now = clock.instant();
    Subscription s = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw DomainException.notFound("No such subscription.");
    }
    String tier = s.getTierCode();
    s.moveTo(SubscriptionStatus.CANCELED, now);
    billing.voidOpenInvoices(subscriptionId);
    mails.canceled(s.getUserId(), tier, "an administrator canceled it");
    audit.record(
        SecurityEventType.SUBSCRIPTION_CANCELED_BY_ADMIN,
        s.getUserId(),
        me,
        "subscription " + subscriptionId,
        ip,
        tier);
  }

  /** Runs due renewals and retries now, as the timer would. */
  public RenewalEngine.RunReport runRenewalsNow(String ip) {
    long me = CurrentUser.id();
    RenewalEngine.RunReport report = renewals.run(clock.instant());
    audit.record(
        SecurityEventType.SUBSCRIPTION_RENEWALS_RUN, null, me, null, ip, report.toString());
    return report;
  }
}
