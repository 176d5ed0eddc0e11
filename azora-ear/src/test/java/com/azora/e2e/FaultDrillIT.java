package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.Sales;
import com.azora.e2e.support.WebSession;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: the Payara Server JVM is killed with {@code kill -9} in the middle of an
 * earnings-settlement run (small chunks, each settled item slowed down by a test-only trigger in
 * the database), then started again. The watchdog of the new JVM life sees that the run's owner
 * (the previous life of this very instance) stopped beating, marks the execution FAILED and
 * restarts it from its last checkpoint within 2 minutes of the kill. The run completes; its
 * settlement rows and ledger postings are exactly those of an uninterrupted run; the invariant
 * checker passes. The server is left running for later tests.
 */
@AzoraE2E
class FaultDrillIT {

  private static final int ORDERS = 8;
  private static final int CHUNK = 2;
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(2);

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final Sales sales = new Sales(server);

  @Test
  void settlementKilledMidRunIsTakenOverAndEndsAsAnUninterruptedRunWould() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(16);
    WebSession admin = actors.admin();
    Sales.Seller seller = sales.seller(admin, "Drill " + Actors.word("kill"));
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      refs.add(sales.paidOrder(admin, seller.slug()));
    }
    // The uninterrupted reference: every sale settles once, 28.00 each, in one settlement.
    String reference =
        refs.stream()
            .map(this::orderId)
            .sorted()
            .map(id -> id + ":28.00")
            .collect(Collectors.joining(","));
    String slowDown = "drill_slow_" + seller.id();
    exec(
        "create function "
            + slowDown
            + "() returns trigger language plpgsql as $$ begin"
            + " if new.instructor_id = "
            + seller.id()
            + " then perform pg_sleep(1.5); end if; return new; end $$");
    exec(
        "create trigger "
            + slowDown
            + " before insert on settlement_item for each row execute function "
            + slowDown
            + "()");
    long deadExecution;
    String deadLife;
    Instant killedAt;
    try {
      WebSession.Page desk = admin.get("/admin/settlements.xhtml");
      WebSession.Page started =
          admin.submit(
              desk,
              "run",
              Map.of("run:businessDate", day.toString(), "run:itemCount", "" + CHUNK),
              "run:start");
      assertTrue(started.body().contains("Settlement of " + day), started.body());
      awaitSettledItems(seller.id());
      Object[] run = row("select execution_id, node_life from batch_run where " + run(day));
      deadExecution = ((Number) run[0]).longValue();
      deadLife = (String) run[1];
      killedAt = ((Timestamp) row("select now()")[0]).toInstant();
      server.killAndRestart();
    } finally {
      exec("drop trigger if exists " + slowDown + " on settlement_item");
      exec("drop function if exists " + slowDown + "()");
    }

    awaitCompleted(day);

    Object[] takeover =
        row(
            "select dead_node, dead_execution_id, live_node, new_execution_id, outcome, taken_at"
                + " from batch_takeover where "
                + run(day)
                + " order by id limit 1");
    assertEquals(deadLife, takeover[0]);
    assertEquals(deadExecution, ((Number) takeover[1]).longValue());
    String liveLife = (String) takeover[2];
    assertNotEquals(deadLife, liveLife, "a new life took over");
    assertEquals(
        deadLife.substring(0, deadLife.indexOf('#')),
        liveLife.substring(0, liveLife.indexOf('#')),
        "the same instance, restarted");
    assertEquals("RESTARTED", takeover[4]);
    long newExecution = ((Number) takeover[3]).longValue();
    Duration took = Duration.between(killedAt, ((Timestamp) takeover[5]).toInstant());
    assertTrue(took.compareTo(TAKEOVER_LIMIT) < 0, "taken over " + took + " after the kill");

    Object[] guard =
        row("select status, execution_id, takeovers, node_life from batch_run where " + run(day));
    assertEquals("COMPLETED", guard[0]);
    assertEquals(newExecution, ((Number) guard[1]).longValue());
    assertEquals(1, ((Number) guard[2]).intValue());
    assertEquals(liveLife, guard[3]);
    assertEquals(
        "FAILED",
        row("select batchstatus from executioninstancedata where jobexecid = " + deadExecution)[0]);
    assertEquals(
        "COMPLETED",
        row("select batchstatus from executioninstancedata where jobexecid = " + newExecution)[0]);

    // Settlement rows as the uninterrupted run writes them: each sale once, one settlement.
    assertEquals(
        reference,
        row(
            "select string_agg(order_id || ':' || cast(amount as numeric(38,2)), ','"
                + " order by order_id) from settlement_item where kind = 'SALE'"
                + " and instructor_id = "
                + seller.id())[0]);
    Object[] settlement =
        row(
            "select s.amount, s.items, (select count(distinct i.settlement_id) from settlement_item i"
                + " where i.instructor_id = s.instructor_id) from settlement s"
                + " where s.currency = 'USD' and s.business_date = date '"
                + day
                + "' and s.instructor_id = "
                + seller.id());
    assertEquals(new BigDecimal("224.00"), ((BigDecimal) settlement[0]).setScale(2));
    assertEquals(ORDERS, ((Number) settlement[1]).intValue());
    assertEquals(1L, ((Number) settlement[2]).longValue());
    // Ledger postings as the uninterrupted run books them: 224.00 moved once, pending to available.
    assertEquals(new BigDecimal("0.00"), balance("INSTRUCTOR_PENDING", seller.id()));
    assertEquals(new BigDecimal("224.00"), balance("INSTRUCTOR_AVAILABLE", seller.id()));
    assertEquals(
        new BigDecimal("224.00"),
        ((BigDecimal)
                row(
                    "select coalesce(sum(e.amount), 0) from ledger_entry e"
                        + " join ledger_account a on a.id = e.account_id"
                        + " where a.kind = 'INSTRUCTOR_AVAILABLE' and a.owner_id = "
                        + seller.id()
                        + " and e.transaction_id in (select transaction_id from settlement_item"
                        + " where instructor_id = "
                        + seller.id()
                        + ")")[0])
            .setScale(2));
    Books.assertBalanced();
  }

  @Test
  void aRunThatNeverGotAnExecutionOnADeadNodeIsFreedForTheNextFire() throws Exception {
    String job = Actors.word("drill-job-");
    String ghost = "ghost@nowhere#" + Actors.word("x");
    exec(
        "insert into node_heartbeat (node, instance, started_at, beat_at)"
            + " values ('"
            + ghost
            + "', 'ghost@nowhere', now() - interval '20 minutes', now() - interval '10 minutes')");
    exec(
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

  private static String run(LocalDate day) {
    return "job_name = 'earnings-settlement' and business_date = date '" + day + "'";
  }

  /** Waits until at least one chunk of the seller's items committed, and not all of them. */
  private void awaitSettledItems(long seller) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    long settled = 0;
    while (Instant.now().isBefore(deadline)) {
      settled =
          ((Number) row("select count(*) from settlement_item where instructor_id = " + seller)[0])
              .longValue();
      if (settled >= ORDERS) {
        fail("the run finished before the kill; slow it down more");
      }
      if (settled >= CHUNK) {
        return;
      }
      Thread.sleep(100);
    }
    fail("no chunk committed within 60 s (" + settled + " items); see " + server.serverLog());
  }

  private void awaitCompleted(LocalDate day) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    Object[] last = null;
    while (Instant.now().isBefore(deadline)) {
      last = row("select status, takeovers from batch_run where " + run(day));
      if ("COMPLETED".equals(last[0])) {
        return;
      }
      if ("FAILED".equals(last[0]) && ((Number) last[1]).intValue() > 0) {
        fail("the taken-over run failed; see " + server.serverLog());
      }
      pause();
    }
    fail("settlement of " + day + " did not complete after the kill: " + List.of(last));
  }

  private BigDecimal balance(String kind, long owner) throws Exception {
    List<Object[]> rows =
        rows(
            "select balance from ledger_account where currency = 'USD' and kind = '"
                + kind
                + "' and owner_id = "
                + owner);
    return rows.isEmpty() ? new BigDecimal("0.00") : ((BigDecimal) rows.get(0)[0]).setScale(2);
  }

  private long orderId(String ref) {
    try {
      return ((Number) row("select id from purchase_order where reference = '" + ref + "'")[0])
          .longValue();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() throws InterruptedException {
    Thread.sleep(1000);
  }

  private void exec(String sql) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.execute();
    }
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
