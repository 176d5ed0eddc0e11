package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Subscriptions end to end: paid from the USD wallet after an admin's audited top-up, upgraded with
 * proration, downgraded and renewed at the period end, failed renewals through dunning to recovery
 * or suspension (with mail), the premium-course gate, and subscribe/cancel in a real browser.
 * Period ends are moved into the past by SQL, then an admin presses "Run renewals now".
 */
@AzoraE2E
class SubscriptionsIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void subscribeFromTheWalletUpgradeWithProrationAndDowngradeAtThePeriodEnd() throws Exception {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Subscriber " + Actors.word("s"), false);
    topUp(admin, email, "100.00");
    assertEquals(new BigDecimal("100.00"), wallet(email));
    assertTrue(
        admin.get("/admin/subscriptions.xhtml").body().contains("Bank transfer for " + email),
        "the adjustment is listed on the admin page");

    WebSession user = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page subscribed = subscribe(user, "PRO");
    assertTrue(subscribed.body().contains("paid (12.00 USD)"), subscribed.body());
    assertEquals("ACTIVE", subscribed.html().getElementById("status").text());
    assertEquals("ACTIVE", one("select status from subscription where user_id = " + uid(email)));
    assertEquals(
        "PAID|12.00|SUBSCRIPTION_CHARGE",
        one(
            "select i.status || '|' || i.amount || '|' || t.type from subscription_invoice i"
                + " join ledger_transaction t on t.id = i.ledger_transaction_id"
                + " and t.idempotency_key = 'subscription-invoice:' || i.id || ':paid'"
                + " where i.user_id = "
                + uid(email)));
    assertEquals(new BigDecimal("88.00"), wallet(email));

    // Ten days into a 30-day period (April: anchor by SQL at whole seconds), upgrade to ENTERPRISE.
    sql(
        "update subscription set billing_anchor = date_trunc('second', now()) - interval '10 days',"
            + " current_period_start = date_trunc('second', now()) - interval '10 days',"
            + " current_period_end = date_trunc('second', now()) + interval '20 days'"
            + " where user_id = "
            + uid(email));
    WebSession.Page manage = user.get("/learn/subscription.xhtml");
    WebSession.Page upgraded = press(user, manage, "manage", "upgrade-ENTERPRISE");
    assertTrue(upgraded.body().contains("Upgraded: invoice"), upgraded.body());
    assertEquals(
        "ENTERPRISE", one("select tier_code from subscription where user_id = " + uid(email)));
    Map<String, Object> inv =
        row(
            "select i.amount, i.period_start, s.current_period_start, s.current_period_end"
                + " from subscription_invoice i join subscription s on s.id = i.subscription_id"
                + " where i.kind = 'UPGRADE' and i.status = 'PAID' and i.user_id = "
                + uid(email));
    BigDecimal expected =
        prorated(
                "49.00",
                (Timestamp) inv.get("current_period_start"),
                (Timestamp) inv.get("current_period_end"),
                (Timestamp) inv.get("period_start"))
            .subtract(
                prorated(
                    "12.00",
                    (Timestamp) inv.get("current_period_start"),
                    (Timestamp) inv.get("current_period_end"),
                    (Timestamp) inv.get("period_start")));
    assertEquals(expected, inv.get("amount"));
    assertTrue(expected.compareTo(new BigDecimal("24.00")) > 0, "about 2/3 of 37.00: " + expected);
    assertEquals(new BigDecimal("88.00").subtract(expected), wallet(email));

    // Downgrade waits for the period end; the renewal then bills PRO.
    WebSession.Page down =
        press(user, user.get("/learn/subscription.xhtml"), "manage", "downgrade-PRO");
    assertTrue(down.body().contains("Changes to PRO"), down.body());
    assertEquals(
        "ENTERPRISE", one("select tier_code from subscription where user_id = " + uid(email)));
    BigDecimal before = wallet(email);
    endPeriod(email);
    runRenewals(admin);
    assertEquals(
        "PRO|ACTIVE|1",
        one(
            "select tier_code || '|' || status || '|' || period_index"
                + " from subscription where user_id = "
                + uid(email)));
    assertEquals(
        "PRO|12.00|PAID",
        one(
            "select tier_code || '|' || amount || '|' || status from subscription_invoice"
                + " where kind = 'RENEWAL' and user_id = "
                + uid(email)));
    assertEquals(before.subtract(new BigDecimal("12.00")), wallet(email));
    assertTrue(server.awaitMail(email, "Your subscription was renewed").contains("PRO"));
    Books.assertBalanced();
  }

  @Test
  void aFailedRenewalGoesPastDueMailsAndRecoversAfterATopUp() throws Exception {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Dunned " + Actors.word("d"), false);
    topUp(admin, email, "12.00");
    WebSession user = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    subscribe(user, "PRO");
    assertEquals(new BigDecimal("0.00"), wallet(email));

    endPeriod(email);
    runRenewals(admin);
    assertEquals("PAST_DUE", one("select status from subscription where user_id = " + uid(email)));
    assertEquals(
        "OPEN|1|Insufficient wallet balance|true",
        one(
            "select status || '|' || attempts || '|' || last_error || '|'"
                + " || (next_attempt_at between created_at + interval '23 hours'"
                + " and created_at + interval '25 hours') from subscription_invoice"
                + " where kind = 'RENEWAL' and user_id = "
                + uid(email)));
    String failed = server.awaitMail(email, "Payment failed");
    assertTrue(
        failed.contains("Insufficient wallet balance") && failed.contains("Retry scheduled"));
    assertTrue(
        user.get("/learn/subscription.xhtml").body().contains("PAST_DUE"), "the user sees it");

    topUp(admin, email, "12.00");
    dueRetry(email);
    runRenewals(admin);
    assertEquals(
        "ACTIVE|1",
        one(
            "select status || '|' || period_index from subscription where user_id = "
                + uid(email)));
    assertEquals(
        "PAID|2",
        one(
            "select status || '|' || attempts from subscription_invoice where kind = 'RENEWAL'"
                + " and user_id = "
                + uid(email)));
    assertEquals(new BigDecimal("0.00"), wallet(email));
    server.awaitMail(email, "Your subscription was renewed");
    Books.assertBalanced();
  }

  @Test
  void whenRetriesRunOutTheSubscriptionIsSuspendedAndPremiumCoursesClose() throws Exception {
    WebSession admin = actors.admin();
    String slug = premiumCourse(admin);
    String email = Accounts.registerAndVerify(server, "Lapsed " + Actors.word("l"), false);
    topUp(admin, email, "12.00");
    WebSession user = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    subscribe(user, "PRO");

    endPeriod(email);
    runRenewals(admin);
    for (int retry = 1; retry <= 3; retry++) {
      assertEquals(
          "PAST_DUE", one("select status from subscription where user_id = " + uid(email)));
      dueRetry(email);
      runRenewals(admin);
    }
    assertEquals("UNPAID", one("select status from subscription where user_id = " + uid(email)));
    assertEquals(
        "FAILED|4",
        one(
            "select status || '|' || attempts from subscription_invoice where kind = 'RENEWAL'"
                + " and user_id = "
                + uid(email)));
    assertTrue(server.awaitMail(email, "Your subscription is suspended").contains("Free tier"));
    assertEquals(
        "3",
        one(
            "select count(*) from outbox_message where recipient = '"
                + email
                + "' and kind = 'SUBSCRIPTION_PAYMENT_FAILED'"));

    WebSession.Page refused = enrol(user, slug);
    assertTrue(refused.body().contains("is a premium course"), refused.body());
    Books.assertBalanced();
  }

  @Test
  void premiumCoursesRefuseFreeUsersAndAdmitProSubscribers() throws Exception {
    WebSession admin = actors.admin();
    String slug = premiumCourse(admin);

    String free = Accounts.registerAndVerify(server, "Free " + Actors.word("f"), false);
    WebSession freeUser = actors.signedIn(free, Accounts.STRONG_PASSWORD);
    WebSession.Page refused = enrol(freeUser, slug);
    assertTrue(
        refused.body().contains("is a premium course: it is included in the Pro and Enterprise"),
        refused.body());
    assertEquals("0", one("select count(*) from enrolment where user_id = " + uid(free)));

    String pro = Accounts.registerAndVerify(server, "Pro " + Actors.word("p"), false);
    topUp(admin, pro, "12.00");
    WebSession proUser = actors.signedIn(pro, Accounts.STRONG_PASSWORD);
    subscribe(proUser, "PRO");
    WebSession.Page lesson = enrol(proUser, slug);
    assertNotNull(lesson.html().getElementById("lessonTitle"), lesson.body());
    assertEquals("1", one("select count(*) from enrolment where user_id = " + uid(pro)));
    Books.assertBalanced();
  }

  @Test
  void aUserSubscribesAndCancelsInTheBrowser(Browser browser) throws Exception {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Clicker " + Actors.word("c"), false);
    topUp(admin, email, "20.00");

    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
    d.findElement(By.id("navPlans")).click();
    waitFor(d, By.cssSelector("button.subscribe-PRO")).click();
    assertEquals("ACTIVE", waitFor(d, By.id("status")).getText());
    assertTrue(d.getPageSource().contains("paid (12.00 USD)"));
    d.findElement(By.id("manage:cancel")).click();
    waitFor(d, By.id("manage:resume"));
    assertTrue(d.getPageSource().contains("it will not renew"));
    browser.screenshot(Browser.screenshotDir(), "SubscriptionsIT-cancel-at-period-end");
    assertEquals(
        "ACTIVE|true",
        one(
            "select status || '|' || cancel_at_period_end from subscription where user_id = "
                + uid(email)));

    endPeriod(email);
    runRenewals(admin);
    assertEquals("CANCELED", one("select status from subscription where user_id = " + uid(email)));
    server.awaitMail(email, "Your subscription was canceled");
    assertEquals(new BigDecimal("8.00"), wallet(email));
    Books.assertBalanced();
  }

  @Test
  void anAdminEditsATierAndTheFreeTierStaysFree() throws Exception {
    WebSession admin = actors.admin();
    WebSession.Page page = admin.get("/admin/tiers.xhtml");
    assertEquals(
        "ENTERPRISE", page.html().select("[id='tiers:table'] tbody tr").get(2).child(0).text());
    String renamed = "Enterprise " + Actors.word("e");
    WebSession.Page saved =
        admin.submit(page, "tiers", Map.of("tiers:table:2:name", renamed), "tiers:table:2:save");
    assertTrue(saved.body().contains("Tier ENTERPRISE saved."), saved.body());
    assertEquals(renamed, one("select name from subscription_tier where code = 'ENTERPRISE'"));
    assertEquals(
        "49.00|490.00|true|true",
        one(
            "select monthly_price || '|' || annual_price || '|' || premium_courses || '|' || active"
                + " from subscription_tier where code = 'ENTERPRISE'"));
    assertEquals(
        "1",
        one(
            "select count(*) from security_event where type = 'TIER_UPDATED'"
                + " and detail like '%"
                + renamed
                + "%'"));
    WebSession.Page refused =
        admin.submit(
            admin.get("/admin/tiers.xhtml"),
            "tiers",
            Map.of("tiers:table:0:monthlyPrice", "5.00"),
            "tiers:table:0:save");
    assertTrue(refused.body().contains("The FREE tier costs nothing."), refused.body());
    assertEquals("0.00", one("select monthly_price from subscription_tier where code = 'FREE'"));
    admin.submit(
        admin.get("/admin/tiers.xhtml"),
        "tiers",
        Map.of("tiers:table:2:name", "Enterprise"),
        "tiers:table:2:save");
    assertEquals("Enterprise", one("select name from subscription_tier where code = 'ENTERPRISE'"));
  }

  // --- steps through the pages ---

  private void topUp(WebSession admin, String email, String amount) {
    WebSession.Page page = admin.get("/admin/subscriptions.xhtml");
    WebSession.Page done =
        admin.submit(
            page,
            "adjust",
            Map.of(
                "adjust:email", email,
                "adjust:amount", amount,
                "adjust:reason", "Bank transfer for " + email),
            "adjust:credit");
    assertTrue(done.body().contains("Wallet adjusted: " + amount + " USD"), done.body());
  }

  private static WebSession.Page subscribe(WebSession user, String tier) {
    WebSession.Page plans = user.get("/learn/plans.xhtml");
    return press(user, plans, "plans", "subscribe-" + tier);
  }

  /** Presses the button carrying the style class {@code marker} in a form. */
  private static WebSession.Page press(
      WebSession web, WebSession.Page page, String form, String marker) {
    Element button = page.html().selectFirst("button." + marker);
    assertNotNull(button, "no " + marker + " on " + page.url() + ":\n" + page.body());
    return web.submit(page, form, Map.of(), button.id());
  }

  private static WebSession.Page enrol(WebSession user, String slug) {
    WebSession.Page page = user.get("/learn/enrol.xhtml?slug=" + slug);
    return user.submit(page, "enrol", Map.of(), "enrol:confirm");
  }

  private static void runRenewals(WebSession admin) {
    WebSession.Page done =
        admin.submit(admin.get("/admin/subscriptions.xhtml"), "renewals", Map.of(), "renewals:run");
    assertTrue(done.body().contains("Renewal run:"), done.body());
  }

  private String premiumCourse(WebSession admin) throws SQLException {
    String title = "Premium " + Actors.word("pc");
    String slug = Courses.publish(actors.educator(), admin, title, "0", "Opening");
    sql("update course set premium = true where slug = '" + slug + "'");
    return slug;
  }

  // --- the database ---

  /** Moves the current period into the past: it started a month and a minute ago. */
  private void endPeriod(String email) throws SQLException {
    sql(
        "update subscription set billing_anchor = date_trunc('second', now())"
            + " - interval '1 month 1 minute',"
            + " current_period_start = date_trunc('second', now()) - interval '1 month 1 minute',"
            + " current_period_end = date_trunc('second', now()) - interval '1 minute',"
            + " period_index = 0 where status <> 'CANCELED' and user_id = "
            + uid(email));
  }

  private void dueRetry(String email) throws SQLException {
    sql(
        "update subscription_invoice set next_attempt_at = now() - interval '1 minute'"
            + " where status = 'OPEN' and next_attempt_at is not null and user_id = "
            + uid(email));
  }

  private BigDecimal wallet(String email) throws SQLException {
    String b =
        one(
            "select coalesce((select balance from ledger_account where kind = 'USER_WALLET'"
                + " and currency = 'USD' and owner_id = "
                + uid(email)
                + "), 0)");
    return new BigDecimal(b).setScale(2);
  }

  private static BigDecimal prorated(String price, Timestamp start, Timestamp end, Timestamp now) {
    long total = Duration.between(start.toInstant(), end.toInstant()).toSeconds();
    long remaining = Duration.between(now.toInstant(), end.toInstant()).toSeconds();
    return new BigDecimal(price)
        .multiply(BigDecimal.valueOf(remaining))
        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128)
        .setScale(2, RoundingMode.HALF_EVEN);
  }

  private long uid(String email) throws SQLException {
    return Long.parseLong(one("select id from app_user where email = '" + email + "'"));
  }

  private String one(String query) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(query);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), "no row for " + query);
      return rs.getString(1);
    }
  }

  private Map<String, Object> row(String query) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(query);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), "no row for " + query);
      Map<String, Object> r = new HashMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        r.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
      }
      return r;
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      assertTrue(ps.executeUpdate() >= 1, "nothing changed by " + statement);
    }
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }
}
