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
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.SubscriptionApi;
import com.azora.e2e.support.Wallets;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The billing desk end to end: the daily AZR sending limit through the transfers API, a renewal
 * that fails through every dunning retry (after a scheduled switch to monthly billing), offline
 * invoices an admin confirms, the premium flag and its badges, and in a browser the revenue-shares
 * page and the monthly/annual switch. Period ends and retry times are moved into the past by SQL,
 * then an admin presses "Run renewals now".
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

  @Test
  void anAdminMarksACoursePremiumAndTheCatalogAndCoursePageShowTheBadge() {
    WebSession admin = actors.admin();
    String word = Actors.word("pb");
    String title = "Premium Badge " + word;
    String slug = Courses.publish(actors.educator(), admin, title, "0", "Opening");
    long course = Db.count("select id from course where slug = ?", slug);

    WebSession.Page list = admin.get("/admin/courses.xhtml");
    Element button = list.html().selectFirst("button.premium-" + course);
    assertNotNull(button, list.body());
    WebSession.Page marked = admin.submit(list, "courses", Map.of(), button.id());
    assertTrue(marked.body().contains("Course marked premium"), marked.body());
    assertEquals("t", Db.one("select premium from course where id = ?", course));

    WebSession visitor = new WebSession(server.baseUrl());
    WebSession.Page catalog = visitor.get("/catalog.xhtml?q=" + word);
    Element card = catalog.html().selectFirst("div.az-course:has(a[href$='slug=" + slug + "'])");
    assertNotNull(card, catalog.body());
    assertNotNull(card.selectFirst(".az-badge-premium"), card.outerHtml());
    WebSession.Page page = visitor.get("/course.xhtml?slug=" + slug);
    assertTrue(page.html().getElementById("premiumBadge").text().contains("Premium"));

    String free = Accounts.registerAndVerify(server, "Free Reader " + Actors.word("fr"), false);
    WebSession reader = actors.signedIn(free, Accounts.STRONG_PASSWORD);
    WebSession.Page enrol = reader.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page refused = reader.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    assertTrue(refused.body().contains("is a premium course"), refused.body());

    WebSession.Page again = admin.get("/admin/courses.xhtml");
    admin.submit(
        again, "courses", Map.of(), again.html().selectFirst("button.premium-" + course).id());
    assertEquals("f", Db.one("select premium from course where id = ?", course));
    assertTrue(
        visitor.get("/course.xhtml?slug=" + slug).html().getElementById("premiumBadge") == null);
  }

  @Test
  void anEducatorMarksTheirDraftPremiumAndTheFlagLeavesTheEditorOnceSubmitted() {
    WebSession educator = actors.educator();
    String title = "Premium Draft " + Actors.word("pd");
    WebSession.Page editor = Courses.draft(educator, title, "Computer Science", "0", "Opening");
    long course = Db.count("select id from course where title = ?", title);
    editor = educator.get("/teach/course.xhtml?id=" + course);
    assertTrue(editor.html().getElementById("premiumState").text().contains("Not premium"));
    WebSession.Page marked =
        educator.submit(editor, "premiumForm", Map.of(), "premiumForm:premium");
    assertTrue(marked.body().contains("Premium: only subscribers"), marked.body());
    assertEquals("t", Db.one("select premium from course where id = ?", course));

    Courses.submit(educator, educator.get("/teach/course.xhtml?id=" + course));
    WebSession.Page submitted = educator.get("/teach/course.xhtml?id=" + course);
    assertEquals(null, submitted.html().getElementById("premiumForm:premium"));
    assertEquals("t", Db.one("select premium from course where id = ?", course));
  }

  @Test
  void anAdminSetsAndRemovesRevenueSharesInTheBrowser(Browser browser) {
    WebSession educator = actors.educator();
    String title = "Share Course " + Actors.word("sc");
    Courses.draft(educator, title, "Computer Science", "25");
    long course = Db.count("select id from course where title = ?", title);
    String teacher =
        Accounts.registerAndVerify(server, "Share Teacher " + Actors.word("st"), false);

    WebDriver d = signIn(browser, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    d.findElement(By.id("navRevenueShares")).click();
    assertTrue(waitFor(d, By.id("defaultShare")).getText().contains("70"));

    type(d, "course:courseId", String.valueOf(course));
    type(d, "course:percent", "150");
    d.findElement(By.id("course:save")).click();
    assertTrue(
        waitFor(d, By.cssSelector("[id='course:percent'] ~ .ui-message-error, .ui-message-error"))
            .getText()
            .contains("0 to 100"),
        d.getPageSource());
    assertEquals(
        "",
        Db.one(
            "select coalesce(instructor_share_percent::text, '') from course where id = ?",
            course));

    type(d, "course:courseId", String.valueOf(course));
    type(d, "course:percent", "72.5");
    d.findElement(By.id("course:save")).click();
    waitFor(d, By.cssSelector("button.remove-course-" + course));
    assertEquals(
        "72.50", Db.one("select instructor_share_percent from course where id = ?", course));

    type(d, "instructor:email", "nobody-" + UUID.randomUUID() + "@example.org");
    type(d, "instructor:percent", "60");
    d.findElement(By.id("instructor:save")).click();
    assertTrue(waitFor(d, By.cssSelector(".ui-message-error")).getText().contains("No Azora user"));
    type(d, "instructor:email", teacher);
    type(d, "instructor:percent", "65");
    d.findElement(By.id("instructor:save")).click();
    long teacherId = Db.userId(teacher);
    waitFor(d, By.cssSelector("button.remove-instructor-" + teacherId));
    assertEquals(
        "65.00", Db.one("select share_percent from instructor_share where user_id = ?", teacherId));
    browser.screenshot(Browser.screenshotDir(), "BillingOpsIT-revenue-shares");

    d.findElement(By.cssSelector("button.remove-course-" + course)).click();
    waitFor(d, By.id("defaultShare"));
    d.findElement(By.cssSelector("button.remove-instructor-" + teacherId)).click();
    waitFor(d, By.id("defaultShare"));
    assertEquals(
        "|0",
        Db.one(
            "select coalesce((select instructor_share_percent::text from course where id = ?), '')"
                + " || '|' || (select count(*) from instructor_share where user_id = ?)",
            course,
            teacherId));
  }

  @Test
  void aSubscriberSwitchesToAnnualNowAndBackToMonthlyAtThePeriodEndInTheBrowser(Browser browser) {
    String email = Accounts.registerAndVerify(server, "Switcher " + Actors.word("sw"), false);
    Wallets.credit(server, email, "USD", "150.00");
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);
    assertEquals(200, change(token, "PRO", "MONTHLY", "wallet").status());
    long user = Db.userId(email);

    WebDriver d = signIn(browser, email, Accounts.STRONG_PASSWORD);
    browser.open("/learn/subscription.xhtml");
    assertTrue(waitFor(d, By.id("annualQuote")).getText().contains("120.00 USD"));
    d.findElement(By.id("manage:switchInterval")).click();
    waitFor(d, By.id("monthlyQuote"));
    assertTrue(d.getPageSource().contains("You now pay annually"), d.getPageSource());
    assertEquals(
        "ANNUAL|PAID",
        Db.one(
            "select s.billing_interval || '|' || i.status from subscription s"
                + " join subscription_invoice i on i.subscription_id = s.id and i.kind = 'INTERVAL'"
                + " where s.user_id = ?",
            user));

    d.findElement(By.id("manage:switchInterval")).click();
    assertTrue(waitFor(d, By.id("manage:scheduledInterval")).getText().contains("monthly billing"));
    browser.screenshot(Browser.screenshotDir(), "BillingOpsIT-interval-scheduled");
    assertEquals(
        "ANNUAL|MONTHLY",
        Db.one(
            "select billing_interval || '|' || pending_interval from subscription where user_id = ?",
            user));
    d.findElement(By.id("manage:resume")).click();
    waitFor(d, By.id("manage:switchInterval"));
    assertEquals(
        "",
        Db.one("select coalesce(pending_interval, '') from subscription where user_id = ?", user));
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

  private static WebDriver signIn(Browser browser, String email, String password) {
    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(password);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
    return d;
  }

  private static void type(WebDriver d, String id, String text) {
    WebElement e = d.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
