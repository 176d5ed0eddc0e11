package com.azora.subscription.infrastructure;

import com.azora.platform.config.ConfigKey;
import com.azora.platform.mail.Outbox;
import com.azora.subscription.domain.SubscriptionInvoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The mail a subscriber gets at each billing step, queued in the caller's transaction. */
@ApplicationScoped
public class SubscriptionMails {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;

  public void paid(SubscriptionInvoice i) {
    send(
        i.getUserId(),
        "Payment received: invoice " + number(i),
        "We received "
            + money(i)
            + " for "
            + i.getDescription()
            + ".\nYour plan runs until "
            + day(i.getPeriodEnd())
            + ".",
        "SUBSCRIPTION_PAID");
  }

  public void renewed(SubscriptionInvoice i) {
    send(
        i.getUserId(),
        "Your subscription was renewed",
        "Your "
            + i.getTierCode()
            + " plan was renewed for "
            + money(i)
            + " (invoice "
            + number(i)
            + ").\nIt now runs until "
            + day(i.getPeriodEnd())
            + ".",
        "SUBSCRIPTION_RENEWED");
  }

  public void paymentFailed(SubscriptionInvoice i, String reason, Instant retryAt) {
    send(
        i.getUserId(),
        "Payment failed: invoice " + number(i),
        "We could not charge "
            + money(i)
            + " for "
            + i.getDescription()
            + ": "
            + reason
            + ".\n"
            + "Retry scheduled on "
            + day(retryAt)
            + "; you keep your plan until then.\n"
            + "Manage your subscription: "
            + link(),
        "SUBSCRIPTION_PAYMENT_FAILED");
  }

  public void pending(SubscriptionInvoice i) {
    send(
        i.getUserId(),
        "Invoice " + number(i) + " awaits your payment",
        "Please pay "
            + money(i)
            + " for "
            + i.getDescription()
            + " by bank transfer quoting "
            + number(i)
            + ". We confirm it as soon as it arrives.",
        "SUBSCRIPTION_PAYMENT_PENDING");
  }

  public void suspended(SubscriptionInvoice i) {
    send(
        i.getUserId(),
        "Your subscription is suspended",
        "The last retry of invoice "
            + number(i)
            + " ("
            + money(i)
            + ") failed, so your plan is"
            + " suspended and your account is on the Free tier.\nTop up your wallet and subscribe"
            + " again: "
            + link(),
        "SUBSCRIPTION_SUSPENDED");
  }

  public void canceled(long userId, String tier, String why) {
    send(
        userId,
        "Your subscription was canceled",
        "Your " + tier + " plan has ended: " + why + ".\nYour account is on the Free tier now.",
        "SUBSCRIPTION_CANCELED");
  }

  private void send(long userId, String subject, String body, String kind) {
    String email =
        (String)
            em.createNativeQuery("select email from app_user where id = ?1")
                .setParameter(1, userId)
                .getSingleResult();
    outbox.enqueue(email, subject, body, kind);
  }

  private static String number(SubscriptionInvoice i) {
    return i.getNumber();
  }

  private static String money(SubscriptionInvoice i) {
    return i.getAmount().toPlainString() + " " + i.getCurrency();
  }

  private static String day(Instant t) {
    return DAY.format(t);
  }

  private static String link() {
    return ConfigKey.BASE_URL.value() + "/learn/subscription.xhtml";
  }
}
