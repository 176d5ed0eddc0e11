package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The subscription REST API end to end: plans without signing in, subscribe from the USD wallet
 * with an idempotent replay, switch monthly to annual with the unused month credited, invoices with
 * gap-free SI numbers and their PDFs (owner, admin, nobody else), annual to monthly scheduled,
 * cancel and resume, and problem+json naming the field for bad input.
 */
@AzoraE2E
class SubscriptionApiIT {

  private static final String NUMBER = "SI-\\d{4}-\\d{6}";

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void subscribeSwitchToAnnualReadInvoicesCancelAndResumeThroughTheApi() throws Exception {
    String email = Accounts.registerAndVerify(server, "Api Subscriber " + Actors.word("a"), false);
    Wallets.credit(server, email, "USD", "200.00");
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);

    WebSession.Page plans = api.json("GET", "/api/plans", null, null);
    assertEquals(200, plans.status(), plans.body());
    assertTrue(plans.body().contains("\"code\":\"PRO\""), plans.body());
    assertTrue(plans.body().contains("\"annualPrice\":120"), plans.body());

    String key = UUID.randomUUID().toString();
    String body = change("PRO", "MONTHLY", "wallet");
    WebSession.Page first = post("/api/me/subscription", body, token, key);
    assertEquals(200, first.status(), first.body());
    JsonObject subscribed = Api.object(first);
    String initial = subscribed.getString("invoiceNumber");
    assertTrue(initial.matches(NUMBER), initial);
    assertEquals("ACTIVE", subscribed.getJsonObject("subscription").getString("status"));
    WebSession.Page replay = post("/api/me/subscription", body, token, key);
    assertEquals(first.body(), replay.body());
    assertEquals("true", replay.headers().get("idempotent-replayed").get(0));
    long user = Db.userId(email);
    assertEquals(1, Db.count("select count(*) from subscription_invoice where user_id = ?", user));
    assertEquals(new BigDecimal("188.00"), Wallets.balance(user, "USD"));

    // Ten days into a 30-day month, switch to annual: the year less 20/30 of 12.00 is due now.
    Db.update(
        "update subscription set billing_anchor = date_trunc('second', now()) - interval '10 days',"
            + " current_period_start = date_trunc('second', now()) - interval '10 days',"
            + " current_period_end = date_trunc('second', now()) + interval '20 days'"
            + " where user_id = ?",
        user);
    long oldStart = epoch("select current_period_start from subscription where user_id = ?", user);
    long oldEnd = epoch("select current_period_end from subscription where user_id = ?", user);
    WebSession.Page annual =
        post(
            "/api/me/subscription",
            change("PRO", "ANNUAL", null),
            token,
            UUID.randomUUID().toString());
    assertEquals(200, annual.status(), annual.body());
    JsonObject switched = Api.object(annual);
    String annualInvoice = switched.getString("invoiceNumber");
    assertTrue(annualInvoice.matches(NUMBER), annualInvoice);
    assertTrue(annualInvoice.compareTo(initial) > 0, initial + " then " + annualInvoice);
    assertEquals("ANNUAL", switched.getJsonObject("subscription").getString("interval"));
    long switchedAt =
        epoch("select period_start from subscription_invoice where number = ?", annualInvoice);
    BigDecimal credit = prorated("12.00", oldStart, oldEnd, switchedAt);
    BigDecimal due = new BigDecimal("120.00").subtract(credit);
    assertTrue(credit.compareTo(new BigDecimal("7.90")) > 0, "about 8.00: " + credit);
    assertEquals(
        "INTERVAL|ANNUAL|PAID|" + due,
        Db.one(
            "select kind || '|' || billing_interval || '|' || status || '|' || amount"
                + " from subscription_invoice where number = ?",
            annualInvoice));
    assertEquals(
        "ANNUAL|0|true|true",
        Db.one(
            "select s.billing_interval || '|' || s.period_index || '|'"
                + " || (s.current_period_start = i.period_start) || '|'"
                + " || (s.current_period_end = i.period_start + interval '1 year')"
                + " from subscription s join subscription_invoice i on i.subscription_id = s.id"
                + " where i.number = ?",
            annualInvoice));
    assertEquals(new BigDecimal("188.00").subtract(due), Wallets.balance(user, "USD"));

    WebSession.Page list = api.json("GET", "/api/me/subscription/invoices", null, token);
    assertEquals(200, list.status(), list.body());
    JsonObject page = Api.object(list);
    assertEquals(2, page.getInt("total"));
    assertEquals(annualInvoice, page.getJsonArray("rows").getJsonObject(0).getString("number"));
    WebSession.Page one = api.json("GET", "/api/me/subscription/invoices/" + initial, null, token);
    assertEquals("INITIAL", Api.object(one).getString("kind"));

    HttpResponse<byte[]> pdf = bearerPdf("/api/me/subscription/invoices/" + annualInvoice, token);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    String stranger =
        Api.token(
            server,
            Accounts.registerAndVerify(server, "Api Stranger " + Actors.word("x"), false),
            Accounts.STRONG_PASSWORD);
    HttpResponse<byte[]> theirs =
        bearerPdf("/api/me/subscription/invoices/" + annualInvoice, stranger);
    assertEquals(404, theirs.statusCode());
    assertTrue(
        theirs.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
    WebSession page1 = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    assertEquals("%PDF", sessionPdf(page1, "/learn/invoice/" + annualInvoice + ".pdf"));
    assertTrue(
        page1.get("/learn/subscription.xhtml").body().contains(annualInvoice),
        "the billing history lists the invoice");
    assertEquals("%PDF", sessionPdf(actors.admin(), "/admin/invoice/" + annualInvoice + ".pdf"));

    // Annual to monthly waits for the paid year: scheduled, nothing charged.
    WebSession.Page monthly =
        post(
            "/api/me/subscription",
            change(null, "MONTHLY", null),
            token,
            UUID.randomUUID().toString());
    assertEquals(200, monthly.status(), monthly.body());
    JsonObject scheduled = Api.object(monthly).getJsonObject("subscription");
    assertEquals("ANNUAL", scheduled.getString("interval"));
    assertEquals("MONTHLY", scheduled.getString("pendingInterval"));
    assertEquals(2, Db.count("select count(*) from subscription_invoice where user_id = ?", user));
    WebSession.Page kept = api.json("POST", "/api/me/subscription/resume", null, token);
    assertEquals(200, kept.status(), kept.body());
    JsonObject keptBody = Api.object(kept);
    assertTrue(!keptBody.containsKey("pendingInterval") || keptBody.isNull("pendingInterval"));
    assertEquals(
        "",
        Db.one("select coalesce(pending_interval, '') from subscription where user_id = ?", user));

    WebSession.Page cancel = api.json("POST", "/api/me/subscription/cancel", null, token);
    assertEquals(200, cancel.status(), cancel.body());
    assertTrue(Api.object(cancel).getBoolean("cancelAtPeriodEnd"));
    WebSession.Page resumed = api.json("POST", "/api/me/subscription/resume", null, token);
    assertFalse(Api.object(resumed).getBoolean("cancelAtPeriodEnd"));
    WebSession.Page nothing = api.json("POST", "/api/me/subscription/resume", null, token);
    assertEquals(409, nothing.status(), nothing.body());
    assertEquals(
        "ACTIVE|false",
        Db.one(
            "select status || '|' || cancel_at_period_end from subscription where user_id = ?",
            user));
    Books.assertBalanced();
  }

  @Test
  void badInputIsProblemJsonNamingTheFieldAndARefusedChargeKeepsNothing() throws Exception {
    String email = Accounts.registerAndVerify(server, "Api Poor " + Actors.word("p"), false);
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);
    long user = Db.userId(email);

    WebSession.Page none = api.json("GET", "/api/me/subscription", null, token);
    assertEquals(404, none.status(), none.body());
    assertEquals(401, api.json("GET", "/api/me/subscription", null, null).status());
    WebSession.Page noKey =
        api.json("POST", "/api/me/subscription", change("PRO", "MONTHLY", "wallet"), token);
    assertEquals(400, noKey.status(), noKey.body());
    assertTrue(noKey.body().contains("Idempotency-Key"), noKey.body());

    assertField(
        post("/api/me/subscription", change("GOLD", "MONTHLY", null), token, key()), "tier");
    assertField(
        post("/api/me/subscription", change("PRO", "WEEKLY", null), token, key()), "interval");
    assertField(post("/api/me/subscription", change("PRO", null, null), token, key()), "interval");
    assertField(
        post("/api/me/subscription", change("PRO", "MONTHLY", "paypal"), token, key()), "provider");

    String counter =
        Db.one("select coalesce(max(last_value), 0) from document_counter where series = 'SI'");
    WebSession.Page refused =
        post("/api/me/subscription", change("PRO", "MONTHLY", "wallet"), token, key());
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("Insufficient wallet balance"), refused.body());
    assertEquals("provider", problemField(refused));
    assertEquals(0, Db.count("select count(*) from subscription where user_id = ?", user));
    assertEquals(0, Db.count("select count(*) from subscription_invoice where user_id = ?", user));
    assertEquals(
        counter,
        Db.one("select coalesce(max(last_value), 0) from document_counter where series = 'SI'"),
        "a refused charge takes no invoice number");

    String reused = key();
    Wallets.credit(server, email, "USD", "12.00");
    assertEquals(
        200,
        post("/api/me/subscription", change("PRO", "MONTHLY", "wallet"), token, reused).status());
    WebSession.Page other =
        post("/api/me/subscription", change("ENTERPRISE", "MONTHLY", "wallet"), token, reused);
    assertEquals(422, other.status(), other.body());
    assertField(post("/api/me/subscription", change("PRO", "MONTHLY", null), token, key()), "tier");
    assertField(
        post("/api/me/subscription", change("ENTERPRISE", "ANNUAL", null), token, key()),
        "interval");
    assertEquals(
        "PRO|MONTHLY|ACTIVE",
        Db.one(
            "select tier_code || '|' || billing_interval || '|' || status from subscription"
                + " where user_id = ?",
            user));
    assertEquals(
        404, api.json("GET", "/api/me/subscription/invoices/SI-1999-000001", null, token).status());
    Books.assertBalanced();
  }

  // --- helpers ---

  private void assertField(WebSession.Page p, String field) {
    assertEquals(400, p.status(), p.body());
    assertTrue(
        p.headers()
            .getOrDefault("content-type", java.util.List.of(""))
            .get(0)
            .startsWith("application/problem+json"),
        p.headers().toString());
    assertEquals(field, problemField(p), p.body());
  }

  private static String problemField(WebSession.Page p) {
    return Api.object(p).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static String change(String tier, String interval, String provider) {
    return SubscriptionApi.body(tier, interval, provider);
  }

  private WebSession.Page post(String path, String body, String token, String key) {
    return api.json("POST", path, body, token, Map.of("Idempotency-Key", key));
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  /** A timestamp column as epoch seconds (the tests compare whole seconds). */
  private static long epoch(String query, Object param) {
    return Long.parseLong(
        Db.one("select ceil(extract(epoch from (" + query + ")))::bigint", param));
  }

  private static BigDecimal prorated(String price, long start, long end, long now) {
    return new BigDecimal(price)
        .multiply(BigDecimal.valueOf(end - now))
        .divide(BigDecimal.valueOf(end - start), MathContext.DECIMAL128)
        .setScale(2, RoundingMode.HALF_EVEN);
  }

  private HttpResponse<byte[]> bearerPdf(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path + ".pdf"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/pdf, application/problem+json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String sessionPdf(WebSession web, String path) throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Cookie", "JSESSIONID=" + web.cookie("JSESSIONID"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    return new String(r.body(), 0, 4, StandardCharsets.US_ASCII);
  }
}
