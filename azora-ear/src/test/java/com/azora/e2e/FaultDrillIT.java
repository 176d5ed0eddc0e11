package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.FakeStripe;
import com.azora.e2e.support.Sales;
import com.azora.e2e.support.SettlementDrill;
import com.azora.e2e.support.WebSession;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: the Payara Server JVM is killed with {@code kill -9} twice, at random chunk
 * boundaries, in the middle of an earnings-settlement run (small chunks, each settled item slowed
 * down by a test-only trigger in the database), then started again. The watchdog of the new JVM
 * life sees that the run's owner (the previous life of this very instance) stopped beating, marks
 * the execution FAILED and restarts it from its last checkpoint within 2 minutes of the kill. The
 * run completes; its settlement rows and ledger postings are exactly those of an uninterrupted run;
 * the invariant checker passes. The same for payouts killed while transfers are being sent (each
 * Stripe transfer slowed down at the fake): every instructor is paid once, with one idempotency
 * key, and the ledger reserves and pays each payout once. The server is left running for later
 * tests.
 */
@AzoraE2E
class FaultDrillIT {

  private static final int ORDERS = 8;
  private static final int CHUNK = 2;
  private static final int PAYEES = 4;
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(2);

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void settlementKilledTwiceAtRandomPointsEndsAsAnUninterruptedRunWould() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(16);
    WebSession admin = actors.admin();
    SettlementDrill drill =
        SettlementDrill.prepare(server, admin, "Drill " + Actors.word("kill"), ORDERS, day);
    // Two kills at random chunk boundaries: after 1 or 2 chunks, then one chunk later (the
    // taken-over run is killed in its turn), always before the last chunk.
    int first = 1 + new SecureRandom().nextInt(2);
    List<Integer> killPoints = List.of(first * CHUNK, (first + 1) * CHUNK);
    List<String> deadLives = new ArrayList<>();
    List<Long> deadExecutions = new ArrayList<>();
    List<Instant> killedAt = new ArrayList<>();
    drill.slowDown();
    try {
      WebSession.Page desk = admin.get("/admin/settlements.xhtml");
      WebSession.Page started =
          admin.submit(
              desk,
              "run",
              Map.of("run:businessDate", day.toString(), "run:itemCount", "" + CHUNK),
              "run:start");
      assertTrue(started.body().contains("Settlement of " + day), started.body());
      for (int items : killPoints) {
        // After a kill the restart and the takeover come first.
        drill.awaitSettledItems(items, TAKEOVER_LIMIT.plusMinutes(2));
        Object[] run = drill.run();
        deadExecutions.add(((Number) run[1]).longValue());
        deadLives.add((String) run[3]);
        killedAt.add(((Timestamp) row("select now()")[0]).toInstant());
        server.killAndRestart();
      }
    } finally {
      drill.speedUp();
    }

    drill.awaitCompleted(Duration.ofMinutes(4));

    List<Object[]> takeovers = drill.takeovers();
    assertEquals(killPoints.size(), takeovers.size(), "one takeover per kill");
    String liveLife = null;
    for (int i = 0; i < takeovers.size(); i++) {
      Object[] takeover = takeovers.get(i);
      String deadLife = deadLives.get(i);
      assertEquals(deadLife, takeover[0]);
      assertEquals(deadExecutions.get(i), ((Number) takeover[1]).longValue());
      liveLife = (String) takeover[2];
      assertNotEquals(deadLife, liveLife, "a new life took over");
      assertEquals(
          deadLife.substring(0, deadLife.indexOf('#')),
          liveLife.substring(0, liveLife.indexOf('#')),
          "the same instance, restarted");
      assertEquals("RESTARTED", takeover[4]);
      // One server: no node lives until the restarted one, so the 2 minutes count from the later
      // of the kill and that life's start (the cluster drill counts them from the kill).
      Instant liveSince =
          ((Timestamp)
                  row("select started_at from node_heartbeat where node = '" + liveLife + "'")[0])
              .toInstant();
      Instant from = liveSince.isAfter(killedAt.get(i)) ? liveSince : killedAt.get(i);
      Duration took = Duration.between(from, ((Timestamp) takeover[5]).toInstant());
      assertTrue(took.compareTo(TAKEOVER_LIMIT) < 0, "taken over " + took + " after kill " + i);
      assertEquals(
          "FAILED",
          row(
              "select batchstatus from executioninstancedata where jobexecid = "
                  + deadExecutions.get(i))[0]);
    }
    long lastExecution = ((Number) takeovers.get(takeovers.size() - 1)[3]).longValue();

    Object[] guard = drill.run();
    assertEquals("COMPLETED", guard[0]);
    assertEquals(lastExecution, ((Number) guard[1]).longValue());
    assertEquals(killPoints.size(), ((Number) guard[2]).intValue());
    assertEquals(liveLife, guard[3]);
    assertEquals(
        "COMPLETED",
        row("select batchstatus from executioninstancedata where jobexecid = " + lastExecution)[0]);
    drill.assertSettledAsUninterrupted();
  }

  @Test
  void payoutsKilledMidSendAreTakenOverAndPayEachInstructorOnce() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate payDay = today.plusDays(33);
    WebSession admin = actors.admin();
    Sales sales = new Sales(server);
    String token = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    List<Sales.Seller> payees = new ArrayList<>();
    for (int i = 0; i < PAYEES; i++) {
      Sales.Seller seller = sales.seller(admin, "Payee " + Actors.word("drill"));
      sales.paidOrder(admin, seller.slug());
      sales.paidOrder(admin, seller.slug());
      payees.add(seller);
    }
    runToCompletion(token, "earnings-settlement", today.plusDays(15), "");

    // Each payee on Stripe Connect, each transfer taking 1.5 s: a kill lands mid-send.
    Map<Long, String> accounts = new java.util.TreeMap<>();
    List<StubMapping> slow = new ArrayList<>();
    for (Sales.Seller payee : payees) {
      String account = "acct_drill" + payee.id() + "x" + Long.toString(System.nanoTime(), 36);
      Db.update(
          "insert into payout_method (instructor_id, kind, stripe_account, payouts_enabled)"
              + " values (?, 'STRIPE', ?, true)",
          payee.id(),
          account);
      accounts.put(payee.id(), account);
      slow.add(FakeStripe.slowTransfersTo(account, 1500));
    }
    Long[] ids = accounts.keySet().toArray(Long[]::new);
    String deadLife;
    Instant killedAt;
    try {
      // The kill lands after a random number of payees were paid, while the next is being sent.
      int killAfter = 1 + new SecureRandom().nextInt(PAYEES - 1);
      start(token, "payouts", payDay, ",\"itemCount\":\"1\"");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      long paid = 0;
      while (paid < killAfter && Instant.now().isBefore(deadline)) {
        paid =
            Db.count(
                "select count(*) from payout_item where status = 'PAID' and instructor_id = any(?)",
                (Object) ids);
        Thread.sleep(100);
      }
      assertTrue(paid >= killAfter && paid < PAYEES, paid + " of " + PAYEES + " paid at the kill");
      deadLife = Db.one(guard("node_life"), payDay);
      killedAt = ((Timestamp) row("select now()")[0]).toInstant();
      server.killAndRestart();
    } finally {
      slow.forEach(FakeStripe::heal);
    }

    awaitGuardOf("payouts", payDay, "COMPLETED", Duration.ofMinutes(4));
    assertNotEquals(deadLife, Db.one(guard("node_life"), payDay), "a new life finished it");
    assertTrue(Integer.parseInt(Db.one(guard("takeovers"), payDay)) >= 1);
    Instant taken =
        ((Timestamp)
                row(
                    "select min(taken_at) from batch_takeover where job_name = 'payouts'"
                        + " and business_date = date '"
                        + payDay
                        + "'")[0])
            .toInstant();
    assertTrue(taken.isAfter(killedAt), "taken over after the kill");

    // As an uninterrupted run: one PAID payout of 56.00 per payee, reserved and paid once in the
    // ledger, and every request Stripe saw for a payee carried that payout's one key.
    StringBuilder expected = new StringBuilder();
    for (Long id : ids) {
      expected.append(expected.length() == 0 ? "" : ",").append(id).append(":56.00:PAID:stripe");
    }
    assertEquals(
        expected.toString(),
        Db.one(
            "select string_agg(instructor_id || ':' || cast(amount as numeric(38,2)) || ':'"
                + " || status || ':' || provider, ',' order by instructor_id) from payout_item"
                + " where instructor_id = any(?)",
            (Object) ids));
    for (Long id : ids) {
      long item = Long.parseLong(Db.one("select id from payout_item where instructor_id = ?", id));
      List<String> keys =
          FakeStripe.transfersTo(accounts.get(id)).stream()
              .map(r -> r.getHeader("Idempotency-Key"))
              .distinct()
              .toList();
      assertEquals(List.of("azora-payout-" + item), keys, "one key for payee " + id);
      for (String posting : List.of("reserve", "paid")) {
        assertEquals(
            1,
            Db.count(
                "select count(*) from ledger_transaction where idempotency_key = ?",
                "payout:item:" + item + ":" + posting));
      }
      assertEquals(
          "0.00",
          Db.one(
              "select cast(balance as numeric(38,2)) from ledger_account"
                  + " where kind = 'INSTRUCTOR_AVAILABLE' and currency = 'USD' and owner_id = ?",
              id));
    }
    Books.assertBalanced();
  }

  /** Starts a dated job through the admin batch API; extra is more JSON parameters. */
  private static void start(String token, String job, LocalDate day, String extra) {
    WebSession.Page p =
        new WebSession(AzoraTestServer.get().baseUrl())
            .json(
                "POST",
                "/api/admin/batch/jobs/" + job + "/executions",
                "{\"parameters\":{\"businessDate\":\"" + day + "\"" + extra + "}}",
                token);
    assertEquals(202, p.status(), p.body());
  }

  private static void runToCompletion(String token, String job, LocalDate day, String extra)
      throws InterruptedException {
    start(token, job, day, extra);
    awaitGuardOf(job, day, "COMPLETED", Duration.ofMinutes(2));
  }

  private static String guard(String column) {
    return "select " + column + " from batch_run where job_name = 'payouts' and business_date = ?";
  }

  private static void awaitGuardOf(String job, LocalDate day, String status, Duration limit)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    String now = "";
    while (Instant.now().isBefore(deadline)) {
      now =
          Db.one("select status from batch_run where job_name = ? and business_date = ?", job, day);
      if (status.equals(now)) {
        return;
      }
      Thread.sleep(500);
    }
    assertEquals(status, now, job + " " + day + " after " + limit);
  }

  @Test
  void aRunThatNeverGotAnExecutionOnADeadNodeIsFreedForTheNextFire() throws Exception {
    String job = Actors.word("drill-job-");
    String ghost = "ghost@nowhere#" + Actors.word("x");
    Db.update(
        "insert into node_heartbeat (node, instance, started_at, beat_at)"
            + " values ('"
            + ghost
            + "', 'ghost@nowhere', now() - interval '20 minutes', now() - interval '10 minutes')");
    Db.update(
        "insert into batch_run (job_name, business_date, status, started_at, node, node_life)"
            + " values ('"
            + job
            + "', current_date, 'STARTING', now() - interval '11 minutes', 'ghost@nowhere', '"
            + ghost
            + "')");
    Instant deadline = Instant.now().plus(TAKEOVER_LIMIT);
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      status = (String) row("select status from batch_run where job_name = '" + job + "'")[0];
      if (!"STARTING".equals(status)) {
        break;
      }
      pause();
    }
    assertEquals("FAILED", status, "the guard admits the date again");
    Object[] takeover =
        row(
            "select dead_node, outcome, new_execution_id from batch_takeover where job_name = '"
                + job
                + "'");
    assertEquals(ghost, takeover[0]);
    assertEquals("FAILED", takeover[1]);
    assertEquals(null, takeover[2]);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static void pause() throws InterruptedException {
    Thread.sleep(1000);
  }

  private Object[] row(String sql) throws Exception {
    List<Object[]> rows = rows(sql);
    assertEquals(1, rows.size(), "one row from " + sql);
    return rows.get(0);
  }

  private static List<Object[]> rows(String sql) {
    return Db.rows(sql);
  }
}
