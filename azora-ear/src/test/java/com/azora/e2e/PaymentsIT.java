package com.azora.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import com.azora.e2e.support.OrderRows;
import com.azora.e2e.support.WebSession;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Buying a paid course: by bank transfer an admin confirms, and by card through a fake Stripe
 * (checkout session, signed webhooks delivered twice and out of order, the return page racing the
 * webhook), then refunds in part and in full. Every path ends in the one fulfilment: the learner is
 * enrolled, one receipt is numbered, the sale is booked once and the books balance.
 */
@AzoraE2E
class PaymentsIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final HttpClient http = HttpClient.newHttpClient();

  // --- offline (bank transfer) -----------------------------------------------------------------

  @Test
  void bankTransferConfirmedByAnAdminEnrolsBooksTheSplitAndIssuesAReceipt() throws Exception {
    String title = "Ledgers " + Actors.word("pay");
    String slug = Courses.publish(actors.educator(), actors.admin(), title, "49.99", "Intro");
    String email = Accounts.registerAndVerify(server, "Pay Student", false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);

    WebSession.Page course = student.get("/course.xhtml?slug=" + slug);
    Element buy = course.html().getElementById("buyLink");
    assertNotNull(buy, course.body());
    WebSession.Page checkout = student.get(buy.attr("href"));
    assertTrue(checkout.html().getElementById("price").text().contains("49.99 USD"));
    assertTrue(checkout.body().contains("DEMO — no real money"), "demo mode is labelled");
    WebSession.Page order =
        student.submit(
            checkout, "checkout", Map.of("checkout:provider", "offline"), "checkout:pay");
    String ref = order.html().getElementById("reference").text();
    assertTrue(ref.matches("AZO-[A-Z0-9]{10}"), order.body());
    assertEquals("PENDING", order.html().getElementById("status").text());
    assertTrue(order.html().getElementById("instructions").text().contains(ref));
    assertEquals(0, enrolments(email, slug));

    WebSession admin = actors.admin();
    WebSession.Page desk = admin.get("/admin/payments.xhtml");
    Element row = desk.html().selectFirst("[id='payments:pending'] tbody tr:contains(" + ref + ")");
    assertNotNull(row, desk.body());
    WebSession.Page confirmed =
        admin.submit(desk, "payments", Map.of(), row.selectFirst("button[id$=':confirm']").id());
    assertTrue(confirmed.body().contains("Payment confirmed for " + ref), confirmed.body());

    WebSession.Page paid = student.get("/learn/order.xhtml?ref=" + ref);
    assertEquals("PAID", paid.html().getElementById("status").text());
    String receipt = paid.html().getElementById("receiptLink").text();
    assertTrue(receipt.matches("AZ-\\d{4}-\\d{6}"), receipt);
    assertEquals(1, enrolments(email, slug));
    assertTrue(student.get("/learn/courses.xhtml").body().contains(title));
    assertTrue(student.get("/learn/payments.xhtml").body().contains(receipt));
    String mail = server.awaitMail(email, "Payment received");
    assertTrue(mail.contains(receipt) && mail.contains("DEMO — no real money"), mail);

    HttpResponse<byte[]> pdf = download(student, "/learn/receipt/" + receipt + ".pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    // Someone else's receipt does not exist for them.
    WebSession other = actors.signedIn(Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(404, download(other, "/learn/receipt/" + receipt + ".pdf").statusCode());
    assertEquals(404, other.get("/learn/order.xhtml?ref=" + ref).status());

    // 70 % of 49.99 = 34.993 -> 34.99 to the educator, 15.00 to the platform.
    Map<String, BigDecimal> sale = entries("order:" + orderId(ref) + ":paid");
    assertEquals(new BigDecimal("-49.99"), sale.get("PROVIDER_CLEARING"));
    assertEquals(
        new BigDecimal("34.99"), sale.get("INSTRUCTOR_PENDING:" + userId(Accounts.EDUCATOR)));
    assertEquals(new BigDecimal("15.00"), sale.get("PLATFORM_REVENUE"));
    // A partial refund from the desk: a credit note, access kept.
    WebSession.Page desk2 = admin.get("/admin/payments.xhtml");
    WebSession.Page refunded =
        admin.submit(
            desk2,
            "payments",
            Map.of(
                "payments:reference", ref,
                "payments:amount_input", "9.99",
                "payments:amount_hinput", "9.99",
                "payments:reason", "Course started late"),
            "payments:refund");
    assertTrue(refunded.body().contains("Refunded: credit note CN-"), refunded.body());
    assertTrue(refunded.body().contains("PARTIALLY_REFUNDED (40.00 left)"), refunded.body());
    assertEquals(1, enrolments(email, slug));
    // A bank-transfer refund is owed to the buyer until the admin records paying it back.
    long oid = orderId(ref);
    assertEquals(new BigDecimal("9.99"), entries("order:" + oid + ":refund:1").get("REFUNDS"));
    assertEquals(
        0,
        count(
            "select count(*) from ledger_transaction where idempotency_key = 'order:"
                + oid
                + ":refund:1:paid'"));
    assertTrue(
        student.get("/learn/order.xhtml?ref=" + ref).body().contains("owed to the buyer"),
        "the buyer sees the refund is on its way");
    WebSession.Page desk3 = admin.get("/admin/payments.xhtml");
    Element refundRow =
        desk3.html().selectFirst("[id='payments:paid'] tbody tr:contains(" + ref + ")");
    assertNotNull(refundRow, desk3.body());
    assertTrue(refundRow.text().contains("owed to the buyer"), refundRow.text());
    WebSession.Page back =
        admin.submit(
            desk3, "payments", Map.of(), refundRow.selectFirst("button[id$=':paidBack']").id());
    assertTrue(back.body().contains("Refund 1 of " + ref + " recorded as paid back"), back.body());
    Map<String, BigDecimal> paidBack = entries("order:" + oid + ":refund:1:paid");
    assertEquals(new BigDecimal("-9.99"), paidBack.get("REFUNDS"));
    assertEquals(new BigDecimal("9.99"), paidBack.get("PROVIDER_CLEARING"));
    assertEquals(
        "PAID_BACK",
        scalar(
            "select status from payment_refund where order_id = "
                + oid
                + " and seq = 1 and ? is not null",
            ref));
    assertTrue(
        student.get("/learn/order.xhtml?ref=" + ref).body().contains("paid back"),
        "the buyer sees the refund paid back");
    assertEquals(
        String.valueOf(orderId(ref)),
        scalar(
            "select metadata::jsonb ->> 'orderId' from ledger_transaction where idempotency_key = ?",
            "order:" + orderId(ref) + ":paid"));
    Books.assertBalanced();
  }

  // --- Stripe ----------------------------------------------------------------------------------

  @Test
  void stripeCheckoutThenSignedWebhooksAppliedOnceInAnyOrder() throws Exception {
    String slug = paidCourse("25.00");
    String email = Accounts.registerAndVerify(server, "Card Student", false);
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);

    JsonObject started = startStripe(token, slug);
    String ref = started.getString("reference");
    assertTrue(
        started
            .getString("redirectUrl")
            .startsWith("http://127.0.0.1:" + FakeStripe.get().port() + "/c/pay/fake?return="),
        started.toString());
    assertEquals("PENDING", started.getString("status"));
    LoggedRequest create = sessionRequest(ref);
    String form = URLDecoder.decode(create.getBodyAsString(), StandardCharsets.UTF_8);
    assertTrue(form.contains("line_items[0][price_data][unit_amount]=2500"), form);
    assertTrue(form.contains("line_items[0][price_data][currency]=usd"), form);
    assertTrue(form.contains("mode=payment"), form);
    assertTrue(form.contains("metadata[orderId]=" + ref), form);
    assertEquals("checkout:" + ref, create.getHeader("Idempotency-Key"));
    assertEquals("Bearer " + FakeStripe.SECRET_KEY, create.getHeader("Authorization"));

    String session = scalar("select provider_ref from purchase_order where reference = ?", ref);
    String completed = sessionCompleted(ref, session, "pi_" + ref);
    // A bad signature changes nothing.
    long events = count("select count(*) from payment_event");
    assertEquals(400, webhook(completed, FakeStripe.sign("whsec_wrong", completed)).statusCode());
    assertEquals(400, webhook(completed, "t=1,v1=00").statusCode());
    assertEquals(events, count("select count(*) from payment_event"));
    assertEquals("PENDING", status(ref));

    assertEquals(
        200,
        webhook(completed, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, completed)).statusCode());
    assertEquals("PAID", status(ref));
    assertEquals(1, enrolments(email, slug));
    // The same event again, and a later event about the same payment: nothing more happens.
    HttpResponse<String> again =
        webhook(completed, FakeStripe.sign(FakeStripe.OLD_WEBHOOK_SECRET, completed));
    assertEquals(200, again.statusCode());
    assertTrue(again.body().contains("DUPLICATE"), again.body());
    String succeeded = intentSucceeded(ref, "pi_" + ref);
    assertEquals(
        200,
        webhook(succeeded, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, succeeded)).statusCode());
    assertOnePayment(ref);

    // Out of order for a second buyer: payment_intent.succeeded first, then the session event.
    String slug2 = paidCourse("12.34");
    String email2 = Accounts.registerAndVerify(server, "Card Student", false);
    String ref2 =
        startStripe(Api.token(server, email2, Accounts.STRONG_PASSWORD), slug2)
            .getString("reference");
    String session2 = scalar("select provider_ref from purchase_order where reference = ?", ref2);
    String first = intentSucceeded(ref2, "pi_" + ref2);
    assertEquals(
        200, webhook(first, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, first)).statusCode());
    String second = sessionCompleted(ref2, session2, "pi_" + ref2);
    assertEquals(
        200, webhook(second, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, second)).statusCode());
    assertOnePayment(ref2);
    assertEquals(1, enrolments(email2, slug2));
    assertEquals(
        "pi_" + ref2, scalar("select provider_ref from purchase_order where reference = ?", ref2));

    // The buyer sees the order through the API; someone else does not.
    WebSession api = new WebSession(server.baseUrl());
    WebSession.Page mine = api.json("GET", "/api/me/orders/" + ref, null, token);
    assertEquals(200, mine.status(), mine.body());
    assertEquals("PAID", Api.object(mine).getString("status"));
    assertEquals(404, api.json("GET", "/api/me/orders/" + ref2, null, token).status());
    assertTrue(api.json("GET", "/api/me/orders", null, token).body().contains(ref));
    Books.assertBalanced();
  }

  @Test
  void theReturnPageAndTheWebhookRacingConvergeOnOnePayment() throws Exception {
    String slug = paidCourse("19.99");
    String email = Accounts.registerAndVerify(server, "Racing Student", false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    String ref =
        startStripe(Api.token(server, email, Accounts.STRONG_PASSWORD), slug)
            .getString("reference");
    String session = scalar("select provider_ref from purchase_order where reference = ?", ref);
    FakeStripe.sessionPaid(session, ref, "pi_" + ref);
    String completed = sessionCompleted(ref, session, "pi_" + ref);

    CompletableFuture<WebSession.Page> page =
        CompletableFuture.supplyAsync(() -> student.get("/learn/order.xhtml?ref=" + ref));
    CompletableFuture<HttpResponse<String>> hook =
        CompletableFuture.supplyAsync(
            () -> webhook(completed, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, completed)));
    assertEquals(200, hook.get().statusCode(), hook.get().body());
    WebSession.Page returned = page.get();
    assertEquals(200, returned.status(), returned.body());
    assertEquals(
        "PAID",
        student.get("/learn/order.xhtml?ref=" + ref).html().getElementById("status").text());
    assertOnePayment(ref);
    assertEquals(1, enrolments(email, slug));
    Books.assertBalanced();
  }

  // --- refunds ---------------------------------------------------------------------------------

  @Test
  void refundsInPartThenInFullWithinTheWindowRevokeAccessAtTheEnd() throws Exception {
    String slug = paidCourse("40.00");
    String email = Accounts.registerAndVerify(server, "Refund Student", false);
    String ref = paidByStripe(email, slug);
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession api = new WebSession(server.baseUrl());

    WebSession.Page part =
        keyed(
            api,
            "POST",
            "/api/admin/orders/" + ref + "/refunds",
            "{\"amount\":10.00,\"reason\":\"Late start\"}",
            admin);
    assertEquals(201, part.status(), part.body());
    assertEquals("PARTIALLY_REFUNDED", Api.object(part).getString("status"));
    String note = Api.object(part).getString("creditNoteNumber");
    assertTrue(note.matches("CN-\\d{4}-\\d{6}"), note);
    assertEquals(1, enrolments(email, slug), "a partial refund keeps access");

    WebSession.Page tooMuch =
        keyed(
            api,
            "POST",
            "/api/admin/orders/" + ref + "/refunds",
            "{\"amount\":30.01,\"reason\":\"x\"}",
            admin);
    assertEquals(400, tooMuch.status(), tooMuch.body());
    assertTrue(tooMuch.body().contains("At most 30.00 USD is left"), tooMuch.body());
    String student = Api.token(server, email, Accounts.STRONG_PASSWORD);
    assertEquals(
        403,
        keyed(api, "POST", "/api/admin/orders/" + ref + "/refunds", "{\"reason\":\"me\"}", student)
            .status());

    WebSession.Page rest =
        keyed(
            api,
            "POST",
            "/api/admin/orders/" + ref + "/refunds",
            "{\"reason\":\"Changed mind\"}",
            admin);
    assertEquals(201, rest.status(), rest.body());
    assertEquals("REFUNDED", Api.object(rest).getString("status"));
    assertEquals(0, enrolments(email, slug), "a full refund revokes the enrolment");
    assertEquals(
        "REVOKED",
        scalar(
            "select e.status from enrolment e join app_user u on u.id = e.user_id"
                + " join course c on c.id = e.course_id where u.email = ? and c.slug = '"
                + slug
                + "'",
            email));
    WebSession.Page done =
        keyed(
            api, "POST", "/api/admin/orders/" + ref + "/refunds", "{\"reason\":\"again\"}", admin);
    assertEquals(409, done.status(), done.body());
    assertEquals(
        2,
        FakeStripe.get().findAll(postRequestedFor(urlEqualTo("/v1/refunds"))).stream()
            .filter(r -> r.getBodyAsString().contains("pi_" + ref))
            .count());

    // Refunds reverse the sale exactly: 28.00 / 12.00 booked, 28.00 / 12.00 returned.
    long id = orderId(ref);
    Map<String, BigDecimal> r1 = entries("order:" + id + ":refund:1");
    Map<String, BigDecimal> r2 = entries("order:" + id + ":refund:2");
    String educator = "INSTRUCTOR_PENDING:" + userId(Accounts.EDUCATOR);
    assertEquals(new BigDecimal("10.00"), r1.get("REFUNDS"));
    assertEquals(null, r1.get("PROVIDER_CLEARING"));
    // Stripe answered the refund succeeded: paid back at once, from REFUNDS to clearing.
    Map<String, BigDecimal> r1Paid = entries("order:" + id + ":refund:1:paid");
    assertEquals(new BigDecimal("-10.00"), r1Paid.get("REFUNDS"));
    assertEquals(new BigDecimal("10.00"), r1Paid.get("PROVIDER_CLEARING"));
    assertEquals(
        2,
        count(
            "select count(*) from payment_refund where status = 'PAID_BACK' and origin = 'AZORA'"
                + " and provider_ref like 're_%' and order_id = "
                + id));
    assertEquals(new BigDecimal("-7.00"), r1.get(educator));
    assertEquals(new BigDecimal("-3.00"), r1.get("PLATFORM_REVENUE"));
    assertEquals(new BigDecimal("28.00"), entries("order:" + id + ":paid").get(educator));
    assertEquals(new BigDecimal("-28.00"), r1.get(educator).add(r2.get(educator)));
    assertEquals(new BigDecimal("-21.00"), r2.get(educator));
    assertEquals(
        2,
        count(
            "select count(*) from payment_document where kind = 'CREDIT_NOTE' and order_id = "
                + id));
    HttpResponse<byte[]> pdf =
        download(
            actors.signedIn(email, Accounts.STRONG_PASSWORD), "/learn/receipt/" + note + ".pdf");
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

    // Outside the window: refused with the reason, nothing booked.
    String late =
        paidByStripe(
            Accounts.registerAndVerify(server, "Late Student", false), paidCourse("15.00"));
    execute(
        "update purchase_order set paid_at = paid_at - interval '15 days' where reference = '"
            + late
            + "'");
    WebSession.Page refused =
        keyed(
            api, "POST", "/api/admin/orders/" + late + "/refunds", "{\"reason\":\"late\"}", admin);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("refund window of 14 days"), refused.body());
    assertEquals(
        0,
        count(
            "select count(*) from ledger_transaction where idempotency_key like 'order:"
                + orderId(late)
                + ":refund:%'"));
    Books.assertBalanced();
  }

  // --- revenue shares ---------------------------------------------------------------------------

  @Test
  void sharesFollowCourseThenInstructorThenDefaultAndSplitAmongInstructors() throws Exception {
    String owner = Accounts.withRole(server, "Share Owner", "EDUCATOR");
    String co = Accounts.withRole(server, "Share Co", "EDUCATOR");
    String title = "Shares " + Actors.word("pay");
    String slug =
        Courses.publish(
            actors.signedIn(owner, Accounts.STRONG_PASSWORD),
            actors.admin(),
            title,
            "10.06",
            "One");
    long courseId = Long.parseLong(scalar("select id::text from course where slug = ?", slug));
    execute(
        "insert into course_instructor (course_id, user_id) select "
            + courseId
            + ", id from app_user where email = '"
            + co
            + "'");
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    WebSession api = new WebSession(server.baseUrl());
    long ownerId = userId(owner);
    assertEquals(
        204,
        api.json(
                "PUT",
                "/api/admin/revenue-shares/instructors/" + ownerId,
                "{\"percent\":60}",
                admin)
            .status());
    assertEquals(
        204,
        api.json("PUT", "/api/admin/revenue-shares/courses/" + courseId, "{\"percent\":50}", admin)
            .status());
    assertEquals(
        400,
        api.json("PUT", "/api/admin/revenue-shares/courses/" + courseId, "{\"percent\":101}", admin)
            .status());

    // Course share 50 %: 5.03 for two instructors, the odd cent to the owner.
    String first = paidByStripe(Accounts.registerAndVerify(server, "Share Buyer", false), slug);
    Map<String, BigDecimal> sale = entries("order:" + orderId(first) + ":paid");
    assertEquals(new BigDecimal("2.52"), sale.get("INSTRUCTOR_PENDING:" + ownerId));
    assertEquals(new BigDecimal("2.51"), sale.get("INSTRUCTOR_PENDING:" + userId(co)));
    assertEquals(new BigDecimal("5.03"), sale.get("PLATFORM_REVENUE"));

    // Without the course's share the owner's 60 % applies: 6.04 -> 3.02 each.
    api.json("PUT", "/api/admin/revenue-shares/courses/" + courseId, "{\"percent\":null}", admin);
    String second = paidByStripe(Accounts.registerAndVerify(server, "Share Buyer", false), slug);
    Map<String, BigDecimal> sale2 = entries("order:" + orderId(second) + ":paid");
    assertEquals(new BigDecimal("3.02"), sale2.get("INSTRUCTOR_PENDING:" + ownerId));
    assertEquals(new BigDecimal("4.02"), sale2.get("PLATFORM_REVENUE"));

    // And without either, the default 70 %: 7.04 -> 3.52 each.
    api.json("PUT", "/api/admin/revenue-shares/instructors/" + ownerId, "{}", admin);
    String third = paidByStripe(Accounts.registerAndVerify(server, "Share Buyer", false), slug);
    Map<String, BigDecimal> sale3 = entries("order:" + orderId(third) + ":paid");
    assertEquals(new BigDecimal("3.52"), sale3.get("INSTRUCTOR_PENDING:" + userId(co)));
    assertEquals(new BigDecimal("3.02"), sale3.get("PLATFORM_REVENUE"));
    Books.assertBalanced();
  }

  // --- browser ---------------------------------------------------------------------------------

  @Test
  void aLearnerBuysByTransferInTheBrowserAndFindsTheCourseAndTheReceipt(Browser browser)
      throws Exception {
    String title = "Invoices " + Actors.word("buy");
    String slug = Courses.publish(actors.educator(), actors.admin(), title, "30.00", "Welcome");
    String email = Accounts.registerAndVerify(server, "Browser Buyer", false);
    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));

    browser.open("/course.xhtml?slug=" + slug);
    Browser.clickAndWait(d, By.id("buyLink"));
    assertTrue(waitFor(d, By.id("price")).getText().contains("30.00 USD"));
    Browser.clickAndWait(d, By.id("checkout:pay"));
    String ref = waitFor(d, By.id("reference")).getText();
    assertTrue(d.findElement(By.id("instructions")).getText().contains(ref));

    WebSession admin = actors.admin();
    WebSession.Page desk = admin.get("/admin/payments.xhtml");
    Element row = desk.html().selectFirst("[id='payments:pending'] tbody tr:contains(" + ref + ")");
    assertNotNull(row, desk.body());
    admin.submit(desk, "payments", Map.of(), row.selectFirst("button[id$=':confirm']").id());

    browser.open("/learn/courses.xhtml");
    assertTrue(waitFor(d, By.tagName("main")).getText().contains(title), d.getPageSource());
    browser.open("/learn/payments.xhtml");
    WebElement line = waitFor(d, By.xpath("//tr[contains(., '" + ref + "')]"));
    assertTrue(line.getText().contains("PAID"), line.getText());
    assertTrue(line.getText().matches("(?s).*AZ-\\d{4}-\\d{6}.*"), line.getText());
    browser.screenshot(Browser.screenshotDir(), "PaymentsIT-receipt");

    // The instructor sees the sale among their pending earnings.
    d.manage().deleteAllCookies();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(Accounts.EDUCATOR);
    d.findElement(By.id("login:password")).sendKeys(Accounts.DEMO_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
    browser.open("/teach/earnings.xhtml");
    WebElement course =
        waitFor(d, By.xpath("//*[@id='courses']//tr[contains(., '" + title + "')]"));
    assertTrue(course.getText().contains("USD"), course.getText());
    Books.assertBalanced();
  }

  @Test
  void aCouponAtCheckoutLowersThePriceAndABadOneIsRefusedOnItsField() throws Exception {
    String slug = paidCourse("50");
    long courseId =
        Long.parseLong(scalar("select cast(id as text) from course where slug = ?", slug));
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    String code = "SAVE" + Actors.word("c").toUpperCase(java.util.Locale.ROOT);
    WebSession api = new WebSession(server.baseUrl());
    WebSession.Page coupon =
        keyed(
            api,
            "POST",
            "/api/admin/coupons",
            "{\"code\":\""
                + code
                + "\",\"kind\":\"PERCENT\",\"value\":20,\"courseId\":"
                + courseId
                + "}",
            admin);
    assertEquals(201, coupon.status(), coupon.body());
    String email = Accounts.registerAndVerify(server, "Coupon Buyer", false);
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);

    WebSession.Page bad =
        keyed(
            api,
            "POST",
            "/api/orders",
            "{\"courseSlug\":\"" + slug + "\",\"couponCode\":\"NOPE123\"}",
            token);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("\"field\":\"couponCode\""), bad.body());

    WebSession.Page placed =
        keyed(
            api,
            "POST",
            "/api/orders",
            "{\"courseSlug\":\""
                + slug
                + "\",\"couponCode\":\""
                + code.toLowerCase(java.util.Locale.ROOT)
                + "\"}",
            token);
    assertEquals(201, placed.status(), placed.body());
    String ref = Api.object(placed).getString("reference");
    JsonObject order = Api.object(api.json("GET", "/api/me/orders/" + ref, null, token));
    assertEquals(
        0,
        new BigDecimal("10.00").compareTo(order.getJsonNumber("discount").bigDecimalValue()),
        order.toString());
    assertEquals(
        0,
        new BigDecimal("40.00").compareTo(order.getJsonNumber("amount").bigDecimalValue()),
        order.toString());
    assertEquals(
        1, count("select count(*) from coupon_redemption where order_reference = '" + ref + "'"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String paidCourse(String price) {
    return Courses.publish(
        actors.educator(), actors.admin(), "Cards " + Actors.word("pay"), price, "One");
  }

  private JsonObject startStripe(String token, String slug) {
    WebSession.Page p =
        keyed(
            new WebSession(server.baseUrl()),
            "POST",
            "/api/orders",
            "{\"courseSlug\":\"" + slug + "\",\"provider\":\"stripe\"}",
            token);
    assertEquals(201, p.status(), p.body());
    return Api.object(p);
  }

  /** Buys the course by card and delivers the webhook; returns the order reference. */
  private String paidByStripe(String email, String slug) throws Exception {
    String ref =
        startStripe(Api.token(server, email, Accounts.STRONG_PASSWORD), slug)
            .getString("reference");
    String session = scalar("select provider_ref from purchase_order where reference = ?", ref);
    String body = sessionCompleted(ref, session, "pi_" + ref);
    assertEquals(200, webhook(body, FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, body)).statusCode());
    assertEquals("PAID", status(ref));
    return ref;
  }

  private static LoggedRequest sessionRequest(String ref) {
    List<LoggedRequest> all =
        FakeStripe.get().findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
    return all.stream()
        .filter(r -> r.getBodyAsString().contains(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Stripe got no session for " + ref));
  }

  private static String sessionCompleted(String ref, String session, String intent) {
    return "{\"id\":\"evt_"
        + UUID.randomUUID()
        + "\",\"object\":\"event\","
        + "\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\""
        + session
        + "\",\"object\":\"checkout.session\",\"payment_status\":\"paid\","
        + "\"client_reference_id\":\""
        + ref
        + "\",\"payment_intent\":\""
        + intent
        + "\"}}}";
  }

  private static String intentSucceeded(String ref, String intent) {
    return "{\"id\":\"evt_"
        + UUID.randomUUID()
        + "\",\"object\":\"event\","
        + "\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\""
        + intent
        + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\","
        + "\"metadata\":{\"orderId\":\""
        + ref
        + "\"}}}}";
  }

  private HttpResponse<String> webhook(String body, String signature) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/webhooks/stripe"))
              .header("Content-Type", "application/json")
              .header("Stripe-Signature", signature)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<byte[]> download(WebSession web, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Cookie", "JSESSIONID=" + web.cookie("JSESSIONID"))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private void assertOnePayment(String ref) throws Exception {
    long id = orderId(ref);
    assertEquals("PAID", status(ref));
    assertEquals(
        1,
        count("select count(*) from payment_document where kind = 'RECEIPT' and order_id = " + id));
    assertEquals(
        1,
        count(
            "select count(*) from ledger_transaction where type = 'COURSE_SALE'"
                + " and metadata::jsonb ->> 'orderId' = '"
                + id
                + "'"));
  }

  private String status(String ref) throws Exception {
    return scalar("select status from purchase_order where reference = ?", ref);
  }

  private long orderId(String ref) throws Exception {
    return Long.parseLong(scalar("select id from purchase_order where reference = ?", ref));
  }

  private long userId(String email) throws Exception {
    return Long.parseLong(scalar("select id from app_user where email = ?", email));
  }

  private long enrolments(String email, String slug) {
    return OrderRows.enrolments(server, email, slug);
  }

  /** The posting's entries by account ("KIND" or "KIND:owner"). */
  private Map<String, BigDecimal> entries(String key) {
    return OrderRows.entries(server, key);
  }

  private String scalar(String sql, String param) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** A JSON call with a fresh Idempotency-Key, as money-moving endpoints require. */
  private static WebSession.Page keyed(
      WebSession web, String method, String path, String json, String bearer) {
    return web.json(
        method,
        path,
        json,
        bearer,
        java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
  }
}
