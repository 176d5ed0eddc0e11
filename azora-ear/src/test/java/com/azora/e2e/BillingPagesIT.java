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
 * Billing pages end to end: the premium flag (admins on All courses, educators on their drafts) and
 * its badges in the catalog and on the course page, and in a real browser the admin's
 * revenue-shares page and a subscriber's switch between monthly and annual billing.
 */
@AzoraE2E
class BillingPagesIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());

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
    browser.screenshot(Browser.screenshotDir(), "BillingPagesIT-revenue-shares");

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
    browser.screenshot(Browser.screenshotDir(), "BillingPagesIT-interval-scheduled");
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

  private WebSession.Page change(String token, String tier, String interval, String provider) {
    return SubscriptionApi.change(api, token, tier, interval, provider);
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
