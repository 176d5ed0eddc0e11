package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Sales;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The batch admin console in a real browser: an admin starts earnings-settlement with a business
 * date, watches its progress bar reach 100 % and the run complete, drills down to the step metrics
 * and downloads the period's settlement report. A run that fails shows its step's error, restarts
 * and is abandoned with a reason the console keeps.
 */
@AzoraE2E
class BatchConsoleIT {

  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern STARTED =
      Pattern.compile("Started earnings-settlement: execution (\\d+)\\.");

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final Sales sales = new Sales(server);

  @Test
  void anAdminStartsSettlementWatchesItFinishAndDownloadsTheReport(Browser browser)
      throws Exception {
    LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(20);
    String word = Actors.word("console");
    WebSession admin = actors.admin();
    Sales.Seller seller = sales.seller(admin, "Console " + word);
    String order = sales.paidOrder(admin, seller.slug());

    WebDriver d = browser.signIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD).driver();
    browser.open("/admin/batch.xhtml");
    String jobs = browser.waitFor(By.id("jobs")).getText();
    assertTrue(jobs.contains("earnings-settlement") && jobs.contains("identity-cleanup"), jobs);
    assertTrue(jobs.contains("@Schedule(hour = \"1\", minute = \"30\""), jobs);

    long execution = start(browser, "businessDate=" + date);

    // The poll refreshes the row until the run has ended; its bar then stands at 100 %.
    WebElement row =
        until(
            d,
            () -> {
              WebElement r = row(d, execution);
              return r != null && r.getText().contains("COMPLETED") ? r : null;
            });
    String text = row.getText();
    assertTrue(text.contains("earnings-settlement") && text.contains(date.toString()), text);
    assertEquals(
        "100%", row.findElement(By.cssSelector(".az-progress .ui-progressbar-label")).getText());
    Matcher items = Pattern.compile("(\\d+) of (\\d+) items").matcher(text);
    assertTrue(items.find(), text);
    assertEquals(items.group(2), items.group(1), "every counted item was done: " + text);
    assertTrue(Long.parseLong(items.group(2)) >= 1, text);
    assertTrue(text.contains("settle-sales:"), text);
    assertEquals("COMPLETED", runStatus(date));
    browser.screenshot(Browser.screenshotDir(), "BatchConsoleIT-settlement-completed");
    String node =
        one(
            "select node from batch_run where job_name = 'earnings-settlement'"
                + " and business_date = date '"
                + date
                + "'");
    assertTrue(text.contains(node), text + " / " + node);

    // The drill-down: each step and its metrics, then the period's report.
    browser.clickAndWait(By.linkText("#" + execution));
    assertEquals("COMPLETED", browser.waitFor(By.id("status")).getText());
    String steps = d.findElement(By.id("actions:steps")).getText();
    assertTrue(
        steps.contains("settle-sales")
            && steps.contains("reverse-refunds")
            && steps.contains("record-completion"),
        steps);
    String href = d.findElement(By.id("actions:reportCsv")).getAttribute("href");
    String csv = download(d, href);
    assertTrue(
        csv.contains(
            date
                + ","
                + seller.id()
                + ",Console "
                + word
                + ","
                + seller.email()
                + ",USD,28.00,1,SETTLED"),
        csv);
    assertEquals(
        "1",
        one(
            "select count(*) from settlement_item i join purchase_order o on o.id = i.order_id"
                + " where o.reference = '"
                + order
                + "' and i.kind = 'SALE' and i.amount = 28"));
    Books.assertBalanced();
  }

  @Test
  void aFailedRunShowsItsErrorRestartsAndIsAbandonedWithAReason(Browser browser) throws Exception {
    LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(21);
    WebDriver d = browser.signIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD).driver();
    browser.open("/admin/batch.xhtml");

    // A parameter the console cannot judge but the job refuses: the first step fails.
    long failed = start(browser, "businessDate=" + date + "\nitemCount=20000");
    until(
        d, () -> row(d, failed) != null && row(d, failed).getText().contains("FAILED") ? 1 : null);
    browser.clickAndWait(By.linkText("#" + failed));
    String steps = browser.waitFor(By.id("actions:steps")).getText();
    assertTrue(
        steps.contains("FAILED: IllegalArgumentException: itemCount is 1 to 10000, was 20000"),
        steps);
    assertEquals("FAILED", runStatus(date));

    // Restarted from its checkpoint with the same parameters, it fails again as a new execution.
    d.findElement(By.id("actions:restart")).click();
    String message =
        browser.waitFor(By.cssSelector("[id='actions:messages'] .ui-messages-info")).getText();
    Matcher m = Pattern.compile("Restarted as execution (\\d+)\\.").matcher(message);
    assertTrue(m.find(), message);
    long restarted = Long.parseLong(m.group(1));
    browser.open("/admin/batch.xhtml");
    until(
        d,
        () ->
            row(d, restarted) != null && row(d, restarted).getText().contains("FAILED") ? 1 : null);
    assertEquals(
        String.valueOf(restarted),
        one(
            "select execution_id from batch_run"
                + " where job_name = 'earnings-settlement' and business_date = date '"
                + date
                + "'"));

    // Abandoning needs a reason, which the console records and shows.
    browser.clickAndWait(By.linkText("#" + restarted));
    browser.waitFor(By.id("actions:abandon")).click();
    assertTrue(
        browser
            .waitFor(By.cssSelector("[id='actions'] .ui-message-error"))
            .getText()
            .contains("Say why"));
    d.findElement(By.id("actions:reason")).sendKeys("Bad itemCount, rerun the date instead");
    d.findElement(By.id("actions:abandon")).click();
    assertEquals(
        "Bad itemCount, rerun the date instead", browser.waitFor(By.id("abandonReason")).getText());
    assertEquals("ABANDONED", d.findElement(By.id("status")).getText());
    assertEquals("ABANDONED", runStatus(date));
    assertEquals(
        "Bad itemCount, rerun the date instead",
        one("select reason from batch_abandon where execution_id = " + restarted));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Chooses earnings-settlement, types the parameters, starts it; the new execution id. */
  private static long start(Browser browser, String parameters) {
    WebDriver d = browser.driver();
    browser.waitFor(By.id("start:job")).click();
    browser
        .waitFor(By.cssSelector("[id='start:job_items'] li[data-label='earnings-settlement']"))
        .click();
    d.findElement(By.id("start:parameters")).sendKeys(parameters);
    d.findElement(By.id("start:run")).click();
    String message =
        browser.waitFor(By.cssSelector("[id='start:messages'] .ui-messages-info")).getText();
    Matcher m = STARTED.matcher(message);
    assertTrue(m.find(), message);
    return Long.parseLong(m.group(1));
  }

  private static WebElement row(WebDriver d, long execution) {
    return d
        .findElements(
            By.xpath(
                "//tbody[@id='executions:table_data']/tr[td//a[normalize-space()='#"
                    + execution
                    + "']]"))
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static <T> T until(WebDriver d, java.util.function.Supplier<T> condition) {
    return new WebDriverWait(d, JOB_TIMEOUT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(x -> condition.get());
  }

  /** Fetches a link the way the browser downloads it (its session cookie, its origin). */
  private static String download(WebDriver d, String href) {
    Object body =
        ((JavascriptExecutor) d)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done(String(e)));",
                href);
    return String.valueOf(body);
  }

  private String runStatus(LocalDate date) throws Exception {
    return one(
        "select status from batch_run where job_name = 'earnings-settlement'"
            + " and business_date = date '"
            + date
            + "'");
  }

  private String one(String sql) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? String.valueOf(r.getObject(1)) : null;
    }
  }
}
