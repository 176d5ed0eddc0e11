package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The recurring work of the earlier issues runs as batch jobs through the run guard: the ledger
 * audit (a violation alerts admins in the app and by mail) and subscription renewals. Both are
 * started the way an admin does from the batch console.
 */
@AzoraE2E
class RecurringJobsIT {

  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern STARTED = Pattern.compile("Started ([a-z-]+): execution (\\d+)\\.");

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());

  @Test
  void theLedgerAuditJobAlertsAdminsOfAViolationUntilOneAcknowledgesIt() {
    WebSession admin = actors.admin();
    LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(40);
    // A cached balance no entry explains: the audit must report it (set right again below).
    long user = Db.userId(Accounts.registerAndVerify(server, "Audit Probe", false));
    Db.update(
        "insert into ledger_account (kind, owner_id, currency, balance)"
            + " values ('USER_WALLET', ?, 'ZAR', 1.00)",
        user);
    try {
      long execution = start(admin, "ledger-audit", date);
      awaitRun("ledger-audit", date, execution);
      String exit =
          Db.one(
              "select exitstatus from stepexecutioninstancedata where jobexecid = ?"
                  + " and stepname = 'audit'",
              execution);
      Matcher run = Pattern.compile("VIOLATIONS \\(audit run (\\d+)\\)").matcher(exit);
      assertTrue(run.matches(), exit);
      assertEquals(
          "false",
          Db.one(
              "select passed::text from ledger_audit_run where id = ?",
              Long.parseLong(run.group(1))));

      String subject = "Ledger audit failed";
      long alert =
          Long.parseLong(
              Db.one(
                  "select max(id) from admin_alert where kind = 'LEDGER_AUDIT_FAILED'"
                      + " and acknowledged_at is null and body like ?",
                  "%run " + run.group(1) + " %"));
      assertTrue(server.awaitMail(Accounts.ADMIN, subject).contains("run " + run.group(1)));

      // Every admin page counts it; the alerts page lists it until an admin acknowledges it.
      WebSession.Page page = admin.get("/admin/alerts.xhtml");
      String badge = page.html().getElementById("navAlerts").text();
      assertTrue(badge.matches("Alerts \\([1-9]\\d*\\)"), badge);
      Element button =
          page.html().select("button[id$=':acknowledge']").stream()
              .filter(b -> b.closest("tr").text().contains("audit run " + run.group(1) + " "))
              .findFirst()
              .orElseThrow(() -> new AssertionError(page.body()));
      WebSession.Page done = admin.submit(page, "alerts", Map.of(), button.id());
      assertTrue(done.body().contains("Alert acknowledged."), done.body());
      assertEquals(
          Accounts.ADMIN,
          Db.one(
              "select u.email from admin_alert a join app_user u on u.id = a.acknowledged_by"
                  + " where a.id = ?",
              alert));
    } finally {
      // Accounts are never deleted; at zero the account agrees with its (no) entries again.
      Db.update(
          "update ledger_account set balance = 0 where owner_id = ? and kind = 'USER_WALLET'"
              + " and currency = 'ZAR'",
          user);
    }
    Books.assertBalanced();
  }

  @Test
  void subscriptionRenewalsRunAsABatchJob() {
    WebSession admin = actors.admin();
    String email = Accounts.registerAndVerify(server, "Job Renewer " + Actors.word("jr"), false);
    Wallets.credit(server, email, "USD", "30.00");
    String token = Api.token(server, email, Accounts.STRONG_PASSWORD);
    long user = Db.userId(email);
    assertEquals(200, SubscriptionApi.change(api, token, "PRO", "MONTHLY", "wallet").status());
    Db.update(
        "update subscription set billing_anchor = date_trunc('second', now())"
            + " - interval '1 month 1 minute',"
            + " current_period_start = date_trunc('second', now()) - interval '1 month 1 minute',"
            + " current_period_end = date_trunc('second', now()) - interval '1 minute'"
            + " where user_id = ?",
        user);

    // The five-minute timer may be running this very moment: then the console gets that run.
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Instant give = Instant.now().plus(JOB_TIMEOUT);
    while (Db.count(
                "select count(*) from subscription_invoice where kind = 'RENEWAL' and user_id = ?",
                user)
            == 0
        && Instant.now().isBefore(give)) {
      long execution = start(admin, "subscription-renewals", today);
      awaitRun("subscription-renewals", today, execution);
    }
    assertEquals(
        "ACTIVE|1|PAID",
        Db.one(
            "select s.status || '|' || s.period_index || '|' || i.status from subscription s"
                + " join subscription_invoice i on i.user_id = s.user_id and i.kind = 'RENEWAL'"
                + " where s.user_id = ?",
            user));
    assertTrue(
        Db.count(
                "select count(*) from stepexecutioninstancedata s"
                    + " join executioninstancedata e on e.jobexecid = s.jobexecid"
                    + " join jobinstancedata j on j.jobinstanceid = e.jobinstanceid"
                    + " where j.name = 'subscription-renewals' and s.stepname = 'renew'"
                    + " and s.exitstatus like 'RENEWED %'")
            >= 1);
    Books.assertBalanced();
  }

  @Test
  void theBatchApiStartsAndReportsAJobForAdminsOnly() {
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(41);
    String body = "{\"parameters\":{\"businessDate\":\"" + date + "\"}}";

    WebSession.Page started =
        api.json("POST", "/api/admin/batch/jobs/ledger-audit/executions", body, admin);
    assertEquals(202, started.status(), started.body());
    long execution = Api.object(started).getJsonNumber("executionId").longValue();
    awaitRun("ledger-audit", date, execution);
    WebSession.Page read = api.json("GET", "/api/admin/batch/executions/" + execution, null, admin);
    assertEquals(200, read.status(), read.body());
    assertEquals("COMPLETED", Api.object(read).getString("status"));
    assertEquals(date.toString(), Api.object(read).getString("businessDate"));
    assertTrue(read.body().contains("\"name\":\"audit\""), read.body());

    WebSession.Page bad =
        api.json(
            "POST",
            "/api/admin/batch/jobs/ledger-audit/executions",
            "{\"parameters\":{\"businessDate\":\"someday\"}}",
            admin);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.headers().get("content-type").get(0).startsWith("application/problem+json"));

    String student = Api.token(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(
        403,
        api.json("POST", "/api/admin/batch/jobs/ledger-audit/executions", body, student).status());
    assertEquals(
        403, api.json("GET", "/api/admin/batch/executions/" + execution, null, student).status());
  }

  /** Starts a dated job from the batch console as the admin; the execution id. */
  private static long start(WebSession admin, String job, LocalDate date) {
    WebSession.Page done =
        admin.submit(
            admin.get("/admin/batch.xhtml"),
            "start",
            Map.of("start:job_input", job, "start:parameters", "businessDate=" + date),
            "start:run");
    Matcher m = STARTED.matcher(done.body());
    assertTrue(m.find(), done.body());
    assertEquals(job, m.group(1));
    return Long.parseLong(m.group(2));
  }

  /** Waits until the guard row of the date has ended, and checks it completed. */
  private static void awaitRun(String job, LocalDate date, long execution) {
    Supplier<String> status =
        () ->
            Db.one(
                "select status from batch_run where job_name = ? and business_date = ?", job, date);
    Instant give = Instant.now().plus(JOB_TIMEOUT);
    while (("STARTING".equals(status.get()) || "STARTED".equals(status.get()))
        && Instant.now().isBefore(give)) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    assertEquals("COMPLETED", status.get(), job + " execution " + execution);
  }
}
