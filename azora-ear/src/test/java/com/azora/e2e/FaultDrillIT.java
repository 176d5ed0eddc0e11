package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.SettlementDrill;
import com.azora.e2e.support.WebSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

  @Test
  void settlementKilledMidRunIsTakenOverAndEndsAsAnUninterruptedRunWould() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(16);
    WebSession admin = actors.admin();
    SettlementDrill drill =
        SettlementDrill.prepare(server, admin, "Drill " + Actors.word("kill"), ORDERS, day);
    drill.slowDown();
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
      drill.awaitSettledItems(CHUNK);
      Object[] run = drill.run();
      deadExecution = ((Number) run[1]).longValue();
      deadLife = (String) run[3];
      killedAt = ((Timestamp) row("select now()")[0]).toInstant();
      server.killAndRestart();
    } finally {
      drill.speedUp();
    }

    drill.awaitCompleted(Duration.ofMinutes(4));

    Object[] takeover = drill.firstTakeover();
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

    Object[] guard = drill.run();
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
    drill.assertSettledAsUninterrupted();
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
