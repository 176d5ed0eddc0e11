package com.azora.e2e;

import static com.azora.e2e.support.OrderRows.count;
import static com.azora.e2e.support.OrderRows.enrolments;
import static com.azora.e2e.support.OrderRows.entries;
import static com.azora.e2e.support.OrderRows.one;
import static com.azora.e2e.support.OrderRows.orderId;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.FakeStripe;
import com.azora.e2e.support.StripeEvents;
import com.azora.e2e.support.WebSession;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Stripe end to end against the HTTP double: a learner pays on the (fake) hosted checkout page and
 * comes back enrolled with a receipt and a saved card; refunds made in Stripe's dashboard are
 * booked once however often and in whatever order Stripe reports them, while Azora's own refunds
 * coming back are recognised; renewals charge the saved card off-session, and a declined card sends
 * the subscription into dunning. Every test ends with the books balanced.
 */
@AzoraE2E
class StripeIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void aLearnerPaysOnTheHostedCheckoutAndReturnsEnrolledWithAReceipt(Browser browser)
      throws Exception {
    String title = "Hosted " + Actors.word("card");
    String slug = Courses.publish(actors.educator(), actors.admin(), title, "27.50", "Welcome");
    String email = Accounts.registerAndVerify(server, "Hosted Buyer", false);
    WebDriver d = browser.signIn(email, Accounts.STRONG_PASSWORD).driver();
    browser.open("/course.xhtml?slug=" + slug);
    browser.clickAndWait(By.id("buyLink"));
    assertTrue(browser.waitFor(By.id("price")).getText().contains("27.50 USD"));
    d.findElement(By.cssSelector("label[for='checkout:provider:0']")).click();
    browser.clickAndWait(By.id("checkout:pay"));
    browser.waitFor(By.id("fakeCheckout"));
    assertTrue(
        d.getCurrentUrl().startsWith("http://127.0.0.1:" + FakeStripe.get().port() + "/c/pay/"),
        d.getCurrentUrl());

    String ref =
        one(
            server,
            "select o.reference from purchase_order o join app_user u on u.id = o.user_id"
                + " where u.email = ?",
            email);
    assertEquals("PENDING", status(ref));
    String form = URLDecoder.decode(sessionRequest(ref).getBodyAsString(), StandardCharsets.UTF_8);
    assertTrue(form.contains("customer_creation=always"), form);
    assertTrue(form.contains("payment_intent_data[setup_future_usage]=off_session"), form);

    // Stripe reports the payment; the card it saved is looked up on the payment intent.
    String session =
        one(server, "select provider_ref from purchase_order where reference = ?", ref);
    String intent = "pi_" + ref;
    String customer = "cus_" + ref.substring(4);
    FakeStripe.paymentIntent(intent, customer, "pm_" + ref.substring(4));
    HttpResponse<String> hook =
        StripeEvents.deliver(server, StripeEvents.sessionCompleted(ref, session, intent, customer));
    assertEquals(200, hook.statusCode(), hook.body());

    browser.clickAndWait(By.id("returnToMerchant"));
    assertEquals("PAID", browser.waitFor(By.id("status")).getText());
    String receipt = d.findElement(By.id("receiptLink")).getText();
    assertTrue(receipt.matches("AZ-\\d{4}-\\d{6}"), receipt);
    browser.screenshot(Browser.screenshotDir(), "StripeIT-returned-from-checkout");
    browser.open("/learn/courses.xhtml");
    assertTrue(browser.waitFor(By.tagName("main")).getText().contains(title), d.getPageSource());
    assertEquals(1, enrolments(server, email, slug));
    assertEquals(
        customer + "|pm_" + ref.substring(4),
        one(
            server,
            "select p.customer_ref || '|' || p.payment_method_ref from payment_customer p"
                + " join app_user u on u.id = p.user_id where p.provider = 'stripe'"
                + " and u.email = ?",
            email));
    Books.assertBalanced();
  }

  @Test
  void refundsMadeInTheStripeDashboardAreBookedOnceWhateverTheDeliveries() throws Exception {
    String slug = paidCourse("40.00");
    String email = Accounts.registerAndVerify(server, "Dashboard Refund", false);
    String ref = payByCard(email, slug, null);
    long id = orderId(server, ref);
    String intent = "pi_" + ref;
    long t = Instant.now().getEpochSecond();

    // 10.00 refunded in the dashboard: the event twice, then Stripe's retry as a new event.
    String first = FakeStripe.refund("re_dash1_" + ref, intent, 1000, "succeeded", t);
    String partial = StripeEvents.chargeRefunded(intent, 4000, 1000, first);
    assertEquals("APPLIED", result(StripeEvents.deliver(server, partial)));
    assertEquals("DUPLICATE", result(StripeEvents.deliver(server, partial)));
    assertEquals(
        "IGNORED",
        result(
            StripeEvents.deliver(server, StripeEvents.chargeRefunded(intent, 4000, 1000, first))));
    assertEquals("PARTIALLY_REFUNDED", status(ref));
    assertEquals(1, count(server, "select count(*) from payment_refund where order_id = " + id));
    assertEquals(
        "PROVIDER|PAID_BACK|re_dash1_" + ref,
        one(
            server,
            "select origin || '|' || status || '|' || provider_ref from payment_refund"
                + " where order_id = ? and seq = 1",
            id));
    Map<String, BigDecimal> r1 = entries(server, "order:" + id + ":refund:1");
    assertEquals(new BigDecimal("10.00"), r1.get("REFUNDS"));
    assertEquals(new BigDecimal("-3.00"), r1.get("PLATFORM_REVENUE"));
    assertEquals(new BigDecimal("-7.00"), r1.get("INSTRUCTOR_PENDING:" + educatorId()));
    Map<String, BigDecimal> r1Paid = entries(server, "order:" + id + ":refund:1:paid");
    assertEquals(new BigDecimal("-10.00"), r1Paid.get("REFUNDS"));
    assertEquals(new BigDecimal("10.00"), r1Paid.get("PROVIDER_CLEARING"));
    assertEquals(1, enrolments(server, email, slug), "a partial refund keeps access");

    // Azora's own refund comes back through the webhook: matched on its id, not booked again.
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession.Page own =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/admin/orders/" + ref + "/refunds",
                "{\"amount\":5.00,\"reason\":\"Goodwill\"}",
                admin,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, own.status(), own.body());
    assertEquals("PAID_BACK", Api.object(own).getString("refundState"));
    String ownId =
        one(server, "select provider_ref from payment_refund where order_id = ? and seq = 2", id);
    assertTrue(ownId.startsWith("re_"), ownId);
    String ownRefund = FakeStripe.refund(ownId, intent, 500, "succeeded", t + 1);
    assertEquals(
        "IGNORED",
        result(StripeEvents.deliver(server, StripeEvents.event("refund.updated", ownRefund))));
    assertEquals(2, count(server, "select count(*) from payment_refund where order_id = " + id));

    // The rest refunded in the dashboard, pending at first, reported before the charge event.
    String lastId = "re_dash2_" + ref;
    assertEquals(
        "APPLIED",
        result(
            StripeEvents.deliver(
                server,
                StripeEvents.event(
                    "refund.created", FakeStripe.refund(lastId, intent, 2500, "pending", t + 2)))));
    assertEquals("REFUNDED", status(ref));
    assertEquals(0, enrolments(server, email, slug), "a full refund revokes access");
    assertEquals(
        "OWED", one(server, "select status from payment_refund where provider_ref = ?", lastId));
    WebSession buyer = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    assertTrue(
        buyer.get("/learn/order.xhtml?ref=" + ref).body().contains("owed to the buyer"),
        "the buyer sees the refund is on its way");
    assertEquals(
        0,
        count(
            server,
            "select count(*) from ledger_transaction where idempotency_key = ?",
            "order:" + id + ":refund:3:paid"));

    // The charge event of a recent API version lists no refunds: Azora asks Stripe for them.
    FakeStripe.refundsOf(
        intent, FakeStripe.refund(lastId, intent, 2500, "succeeded", t + 2), ownRefund, first);
    assertEquals(
        "APPLIED",
        result(
            StripeEvents.deliver(
                server, StripeEvents.chargeRefunded(intent, 4000, 4000, (String[]) null))));
    assertEquals(
        "PAID_BACK",
        one(server, "select status from payment_refund where provider_ref = ?", lastId));
    assertEquals(
        3,
        count(
            server,
            "select count(*) from payment_document where kind = 'CREDIT_NOTE' and order_id = "
                + id));
    assertEquals(
        new BigDecimal("-25.00"), entries(server, "order:" + id + ":refund:3:paid").get("REFUNDS"));
    assertEquals(
        "0.00",
        one(
            server,
            "select to_char(coalesce(sum(e.amount), 0), 'FM0.00') from ledger_entry e"
                + " join ledger_account a on a.id = e.account_id and a.kind = 'REFUNDS'"
                + " join ledger_transaction t on t.id = e.transaction_id"
                + " where t.metadata::jsonb ->> 'orderId' = ?",
            String.valueOf(id)));
    assertTrue(
        buyer.get("/learn/order.xhtml?ref=" + ref).body().contains("paid back"),
        "the buyer sees the refunds paid back");
    Element line =
        buyer
            .get("/learn/payments.xhtml")
            .html()
            .selectFirst("[id='payments:orders'] tbody tr:contains(" + ref + ")");
    assertNotNull(line, "the order is in the buyer's payments");
    assertTrue(line.text().contains("refund 25.00: paid back"), line.text());
    Books.assertBalanced();
  }

  @Test
  void aCardRefundStripeCannotReturnStaysOwedUntilAnAdminPaysItBackByHand() throws Exception {
    String slug = paidCourse("30.00");
    String email = Accounts.registerAndVerify(server, "Slow Refund", false);
    String ref = payByCard(email, slug, null);
    long id = orderId(server, ref);
    String intent = "pi_" + ref;
    String refundId = "re_slow_" + ref;
    FakeStripe.refundPending(intent, refundId);
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession api = new WebSession(server.baseUrl());
    WebSession.Page refund =
        api.json(
            "POST",
            "/api/admin/orders/" + ref + "/refunds",
            "{\"reason\":\"Wrong course\"}",
            admin,
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, refund.status(), refund.body());
    assertEquals("OWED", Api.object(refund).getString("refundState"));
    assertEquals("REFUNDED", status(ref));
    assertEquals(
        new BigDecimal("30.00"), entries(server, "order:" + id + ":refund:1").get("REFUNDS"));
    String paidBack = "/api/admin/orders/" + ref + "/refunds/1/paid-back";
    WebSession.Page early = api.json("POST", paidBack, null, admin);
    assertEquals(409, early.status(), "Stripe is still returning it: " + early.body());

    // Stripe gives up: still owed, and the desk says why and offers to record a hand payment.
    long t = Instant.now().getEpochSecond();
    assertEquals(
        "APPLIED",
        result(
            StripeEvents.deliver(
                server,
                StripeEvents.event(
                    "refund.failed", FakeStripe.refund(refundId, intent, 3000, "failed", t)))));
    assertEquals(
        "FAILED",
        one(server, "select status from payment_refund where provider_ref = ?", refundId));
    WebSession.Page desk = actors.admin().get("/admin/payments.xhtml");
    Element row = desk.html().selectFirst("[id='payments:paid'] tbody tr:contains(" + ref + ")");
    assertNotNull(row, desk.body());
    assertTrue(row.text().contains("the provider could not pay it back"), row.text());
    assertNotNull(row.selectFirst("button[id$=':paidBack']"), row.html());

    WebSession.Page done = api.json("POST", paidBack, null, admin);
    assertEquals(200, done.status(), done.body());
    assertEquals(
        "PAID_BACK", Api.object(done).getJsonArray("refunds").getJsonObject(0).getString("state"));
    Map<String, BigDecimal> back = entries(server, "order:" + id + ":refund:1:paid");
    assertEquals(new BigDecimal("-30.00"), back.get("REFUNDS"));
    assertEquals(new BigDecimal("30.00"), back.get("PROVIDER_CLEARING"));
    assertEquals(409, api.json("POST", paidBack, null, admin).status());
    assertEquals(
        "IGNORED",
        result(
            StripeEvents.deliver(
                server,
                StripeEvents.event(
                    "refund.updated", FakeStripe.refund(refundId, intent, 3000, "succeeded", t)))));
    Books.assertBalanced();
  }

  @Test
  void renewalsChargeTheSavedCardOffSessionAndADeclinedCardGoesPastDue() throws Exception {
    WebSession admin = actors.admin();
    String slug = paidCourse("9.00");

    // Without a saved card the card provider is refused at once.
    String bare = Accounts.registerAndVerify(server, "No Card", false);
    WebSession.Page refused = subscribe(actors.signedIn(bare, Accounts.STRONG_PASSWORD));
    assertTrue(refused.body().contains("No card is saved for this account"), refused.body());
    assertEquals(
        0, count(server, "select count(*) from subscription where user_id = ?", uid(bare)));

    String good = Accounts.registerAndVerify(server, "Card Subscriber", false);
    String goodCustomer = "cus_ok" + Actors.word("c");
    payByCard(good, slug, goodCustomer);
    WebSession.Page subscribed = subscribe(actors.signedIn(good, Accounts.STRONG_PASSWORD));
    assertTrue(subscribed.body().contains("paid (12.00 USD)"), subscribed.body());
    LoggedRequest charge = intentRequest(goodCustomer);
    String form = URLDecoder.decode(charge.getBodyAsString(), StandardCharsets.UTF_8);
    assertTrue(form.contains("payment_method=pm_" + goodCustomer), form);
    assertTrue(form.contains("off_session=true") && form.contains("confirm=true"), form);
    assertTrue(form.contains("amount=1200") && form.contains("currency=usd"), form);
    assertTrue(charge.getHeader("Idempotency-Key").matches("subscription-invoice:\\d+:attempt:1"));

    endPeriod(good);
    runRenewals(admin);
    assertEquals(
        "ACTIVE|1",
        one(
            server,
            "select status || '|' || period_index from subscription where user_id = ?",
            uid(good)));
    assertEquals(
        "PAID|1|SUBSCRIPTION_CHARGE",
        one(
            server,
            "select i.status || '|' || i.attempts || '|' || t.type from subscription_invoice i"
                + " join ledger_transaction t on t.id = i.ledger_transaction_id"
                + " where i.kind = 'RENEWAL' and i.user_id = ?",
            uid(good)));
    assertTrue(
        one(
                server,
                "select provider_ref from subscription_invoice where kind = 'RENEWAL'"
                    + " and user_id = ?",
                uid(good))
            .startsWith("pi_"));

    // A card that is declined at renewal: dunning, with Stripe's reason.
    String bad = Accounts.registerAndVerify(server, "Declined Subscriber", false);
    String badCustomer = "cus_bad" + Actors.word("c");
    payByCard(bad, slug, badCustomer);
    subscribe(actors.signedIn(bad, Accounts.STRONG_PASSWORD));
    assertEquals(
        "ACTIVE", one(server, "select status from subscription where user_id = ?", uid(bad)));
    FakeStripe.declineCustomer(badCustomer, "card_declined", "Your card was declined.");
    endPeriod(bad);
    runRenewals(admin);
    assertEquals(
        "PAST_DUE", one(server, "select status from subscription where user_id = ?", uid(bad)));
    assertEquals(
        "OPEN|1|card_declined: Your card was declined.|pi_declined_" + badCustomer,
        one(
            server,
            "select status || '|' || attempts || '|' || last_error || '|' || provider_ref"
                + " from subscription_invoice where kind = 'RENEWAL' and user_id = ?",
            uid(bad)));
    assertTrue(server.awaitMail(bad, "Payment failed").contains("Your card was declined"));
    assertNull(
        one(
            server,
            "select ledger_transaction_id from subscription_invoice where kind = 'RENEWAL'"
                + " and user_id = ?",
            uid(bad)));
    Books.assertBalanced();
  }

  // --- steps ---

  private String paidCourse(String price) {
    return Courses.publish(
        actors.educator(), actors.admin(), "Stripe " + Actors.word("st"), price, "One");
  }

  /**
   * Buys the course by card through the API and Stripe's payment_intent.succeeded event (which
   * names the customer and card when {@code customer} is given); returns the order reference.
   */
  private String payByCard(String email, String slug, String customer) {
    WebSession.Page started =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/orders",
                "{\"courseSlug\":\"" + slug + "\",\"provider\":\"stripe\"}",
                Api.token(server, email, Accounts.STRONG_PASSWORD),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, started.status(), started.body());
    String ref = Api.object(started).getString("reference");
    String intent = "pi_" + ref;
    String card =
        customer == null
            ? ""
            : ",\"customer\":\"" + customer + "\",\"payment_method\":\"pm_" + customer + "\"";
    String succeeded =
        StripeEvents.event(
            "payment_intent.succeeded",
            "{\"id\":\""
                + intent
                + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\",\"amount\":1,"
                + "\"metadata\":{\"orderId\":\""
                + ref
                + "\"}"
                + card
                + "}");
    assertEquals("APPLIED", result(StripeEvents.deliver(server, succeeded)));
    assertEquals("PAID", status(ref));
    return ref;
  }

  private static WebSession.Page subscribe(WebSession user) {
    WebSession.Page plans = user.get("/learn/plans.xhtml");
    Element button = plans.html().selectFirst("button.subscribe-PRO");
    assertNotNull(button, plans.body());
    return user.submit(plans, "plans", Map.of("plans:provider_input", "stripe"), button.id());
  }

  private static void runRenewals(WebSession admin) {
    WebSession.Page done =
        admin.submit(admin.get("/admin/subscriptions.xhtml"), "renewals", Map.of(), "renewals:run");
    assertTrue(done.body().contains("Renewal run:"), done.body());
  }

  /** Moves the current period into the past: it started a month and a minute ago. */
  private void endPeriod(String email) {
    assertEquals(
        "1",
        one(
            server,
            "with moved as (update subscription set billing_anchor = date_trunc('second', now())"
                + " - interval '1 month 1 minute',"
                + " current_period_start = date_trunc('second', now()) - interval '1 month 1 minute',"
                + " current_period_end = date_trunc('second', now()) - interval '1 minute',"
                + " period_index = 0 where status <> 'CANCELED' and user_id = ? returning id)"
                + " select count(*) from moved",
            uid(email)));
  }

  private static String result(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body())).readObject().getString("result");
  }

  private String status(String ref) {
    return one(server, "select status from purchase_order where reference = ?", ref);
  }

  private long uid(String email) {
    return count(server, "select id from app_user where email = ?", email);
  }

  private long educatorId() {
    return uid(Accounts.EDUCATOR);
  }

  private static LoggedRequest sessionRequest(String ref) {
    return FakeStripe.get().findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).stream()
        .filter(r -> r.getBodyAsString().contains(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Stripe got no session for " + ref));
  }

  private static LoggedRequest intentRequest(String customer) {
    return FakeStripe.get().findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).stream()
        .filter(r -> r.getBodyAsString().contains("customer=" + customer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Stripe charged no card of " + customer));
  }
}
