package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.SubscriptionApi;
import com.azora.e2e.support.Wallets;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The billing desk end to end: the daily AZR sending limit through the transfers API, a renewal
 * that fails through every dunning retry (after a scheduled switch to monthly billing), and offline
 * invoices an admin confirms. Period ends and retry times are moved into the past by SQL, then an
 * admin presses "Run renewals now".
 */
@AzoraE2E
class BillingOpsIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());

  @Test
  void theDailySendingLimitStopsTransfersThroughTheApi() {
    String word = Actors.word("lim");
    String sender = Accounts.registerAndVerify(server, "Big Sender " + word, false);
    String recipient = Accounts.registerAndVerify(server, "Big Recipient " + word, false);
    Wallets.credit(server, sender, "AZR", "1200.00");
    String token = Api.token(server, sender, Accounts.STRONG_PASSWORD);

    assertEquals(201, transfer(token, recipient, "500").status());
    assertEquals(201, transfer(token, recipient, "499.99").status());
    WebSession.Page over = transfer(token, recipient, "0.02");
    assertEquals(400, over.status(), over.body());
    assertTrue(over.body().contains("daily sending limit of 1000 AZR"), over.body());
    assertEquals(
        "amount", Api.object(over).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(201, transfer(token, recipient, "0.01").status(), "up to the limit exactly");
    WebSession.Page more = transfer(token, recipient, "0.01");
    assertEquals(400, more.status(), more.body());

    long from = Db.userId(sender);
    assertEquals(new BigDecimal("200.00"), Wallets.balance(from, "AZR"));
    assertEquals(new BigDecimal("1000.00"), Wallets.balance(Db.userId(recipient), "AZR"));
    assertEquals(
        3,
        Db.count(
            "select count(*) from ledger_transaction where type = 'TRANSFER'"
                + " and metadata::jsonb ->> 'senderId' = ?",
            String.valueOf(from)));
    Books.assertBalanced();
  }

  @Test
  void aFailedRenewalGoesThroughEveryRetryToUnpaidAfterTheSwitchToMonthly() {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Annual Lapser " + Actors.word("al"), false);
    Wallets.credit(server, email, "USD", "120.00");
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);
    long user = Db.userId(email);
    assertEquals(200, change(token, "PRO", "ANNUAL", "wallet").status());
    assertEquals(new BigDecimal("0.00"), Wallets.balance(user, "USD"));
    WebSession.Page scheduled = change(token, null, "MONTHLY", null);
    assertTrue(scheduled.body().contains("\"pendingInterval\":\"MONTHLY\""), scheduled.body());

    // The paid year is over: the renewal bills the first monthly period and fails.
    Db.update(
        "update subscription set billing_anchor = date_trunc('second', now())"
            + " - interval '1 year 1 minute',"
            + " current_period_start = date_trunc('second', now()) - interval '1 year 1 minute',"
            + " current_period_end = date_trunc('second', now()) - interval '1 minute'"
            + " where user_id = ?",
        user);
    runRenewals(admin);
    assertEquals(
        "PAST_DUE|MONTHLY|",
        Db.one(
            "select status || '|' || billing_interval || '|' || coalesce(pending_interval, '')"
                + " from subscription where user_id = ?",
            user));
    assertEquals(
        "MONTHLY|12.00|OPEN|1|true",
        Db.one(
            "select i.billing_interval || '|' || i.amount || '|' || i.status || '|' || i.attempts"
                + " || '|' || (i.period_end = i.period_start + interval '1 month')"
                + " from subscription_invoice i where i.kind = 'RENEWAL' and i.user_id = ?",
            user));
    assertTrue(
        Db.one(
                "select number from subscription_invoice where kind = 'RENEWAL' and user_id = ?",
                user)
            .matches("SI-\\d{4}-\\d{6}"));

    for (int retry = 1; retry <= 3; retry++) {
      assertEquals("PAST_DUE", Db.one("select status from subscription where user_id = ?", user));
      Db.update(
          "update subscription_invoice set next_attempt_at = now() - interval '1 minute'"
              + " where status = 'OPEN' and next_attempt_at is not null and user_id = ?",
          user);
      runRenewals(admin);
    }
    assertEquals("UNPAID", Db.one("select status from subscription where user_id = ?", user));
    assertEquals(
        "FAILED|4|",
        Db.one(
            "select status || '|' || attempts || '|' || coalesce(next_attempt_at::text, '')"
                + " from subscription_invoice where kind = 'RENEWAL' and user_id = ?",
            user));
    assertTrue(server.awaitMail(email, "Your subscription is suspended").contains("Free tier"));
    assertEquals(
        3,
        Db.count(
            "select count(*) from outbox_message where recipient = ?"
                + " and kind = 'SUBSCRIPTION_PAYMENT_FAILED'",
            email));
    WebSession.Page mine = api.json("GET", "/api/me/subscription", null, token);
    assertTrue(mine.body().contains("\"status\":\"UNPAID\""), mine.body());
    Books.assertBalanced();
  }

  @Test
  void offlineInvoicesConfirmedByAnAdminActivateAndRenewTheSubscription() {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Bank Payer " + Actors.word("bp"), false);
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);
    long user = Db.userId(email);
    WebSession.Page started = change(token, "PRO", "MONTHLY", "offline");
    assertEquals(200, started.status(), started.body());
    assertTrue(started.body().contains("\"pending\":true"), started.body());
    String first = Api.object(started).getString("invoiceNumber");
    assertEquals("UNPAID", Db.one("select status from subscription where user_id = ?", user));

    confirm(admin, first);
    assertEquals(
        "ACTIVE|0",
        Db.one("select status || '|' || period_index from subscription where user_id = ?", user));
    assertEquals(
        "PAID|SUBSCRIPTION_CHARGE",
        Db.one(
            "select i.status || '|' || t.type from subscription_invoice i"
                + " join ledger_transaction t on t.id = i.ledger_transaction_id where i.number = ?",
            first));
    server.awaitMail(email, "Payment received: invoice " + first);

    Db.update(
        "update subscription set billing_anchor = date_trunc('second', now())"
            + " - interval '1 month 1 minute',"
            + " current_period_start = date_trunc('second', now()) - interval '1 month 1 minute',"
            + " current_period_end = date_trunc('second', now()) - interval '1 minute'"
            + " where user_id = ?",
        user);
    runRenewals(admin);
    assertEquals("PAST_DUE", Db.one("select status from subscription where user_id = ?", user));
    String renewal =
        Db.one(
            "select number from subscription_invoice where kind = 'RENEWAL' and status = 'OPEN'"
                + " and user_id = ?",
            user);
    confirm(admin, renewal);
    assertEquals(
        "ACTIVE|1|true",
        Db.one(
            "select s.status || '|' || s.period_index || '|'"
                + " || (s.current_period_start = i.period_start)"
                + " from subscription s join subscription_invoice i on i.subscription_id = s.id"
                + " where i.number = ?",
            renewal));
    assertEquals(
        "2",
        Db.one(
            "select count(*) from subscription_invoice where status = 'PAID' and user_id = ?",
            user));
    Books.assertBalanced();
  }

  // --- steps ---

  private WebSession.Page transfer(String token, String to, String amount) {
    String body =
        Json.createObjectBuilder()
            .add("recipientEmail", to)
            .add("amount", new BigDecimal(amount))
            .build()
            .toString();
    return api.json(
        "POST",
        "/api/me/wallet/transfers",
        body,
        token,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private WebSession.Page change(String token, String tier, String interval, String provider) {
    return SubscriptionApi.change(api, token, tier, interval, provider);
  }

  private static void runRenewals(WebSession admin) {
    WebSession.Page done =
        admin.submit(admin.get("/admin/subscriptions.xhtml"), "renewals", Map.of(), "renewals:run");
    assertTrue(done.body().contains("Renewal run:"), done.body());
  }

  private static void confirm(WebSession admin, String number) {
    WebSession.Page page = admin.get("/admin/subscriptions.xhtml");
    Element button = page.html().selectFirst("button.confirm-" + number);
    assertNotNull(button, page.body());
    WebSession.Page done = admin.submit(page, "invoices", Map.of(), button.id());
    assertTrue(done.body().contains("Payment confirmed."), done.body());
  }
}
