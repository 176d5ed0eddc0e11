package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Cluster;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.SettlementDrill;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Cluster drill on a Payara Server deployment group of two instances, made from the test server's
 * domain by {@code server-config/scripts/cluster.sh} (its own failsafe execution after the others,
 * with a server of its own: the group takes the application off it). Each persistent schedule is
 * stored once in PostgreSQL and owned by one instance; a settlement date started on both instances
 * at the same moment runs once; the instance running it is killed with {@code kill -9} mid-run, and
 * the other one takes the run over from its checkpoint within 2 minutes and finishes it as an
 * uninterrupted run would; the persistent timers move to the survivor; and a user signed in on the
 * killed instance stays signed in on the other.
 */
@AzoraE2E
class ClusterDrillIT {

  private static final int ORDERS = 6;
  private static final int CHUNK = 2;
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(2);

  /** Persistent schedules (method names) of Azora's singletons, among them the nightly ones. */
  private static final Set<String> SCHEDULES =
      Set.of("settle", "recompute", "audit", "renew", "catchUp", "purge");

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void theGroupRunsADateOnceSurvivesAKilledInstanceAndKeepsItsSessions() throws Exception {
    // Made on the single server, before the group takes the application over.
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(18);
    SettlementDrill drill =
        SettlementDrill.prepare(
            server, actors.admin(), "Cluster " + Actors.word("drill"), ORDERS, day);
    String student = Accounts.registerAndVerify(server, "Cluster Student", false);

    try (Cluster cluster = Cluster.create(server)) {
      Map<String, String> owners = timerOwners();
      assertTrue(owners.keySet().containsAll(SCHEDULES), "each schedule stored once: " + owners);
      assertTrue(
          Set.of(Cluster.name(1), Cluster.name(2)).containsAll(owners.values()),
          "instances own the timers, not the DAS: " + owners);

      // The same date started on both instances at once: the guard admits one run.
      drill.slowDown();
      int runner;
      Instant killedAt;
      Object[] dead;
      WebSession session;
      try {
        List<Long> started = startOnBoth(cluster, day);
        assertEquals(1, started.stream().distinct().count(), "one execution: " + started);
        assertEquals(
            1,
            Db.count(
                "select count(*) from executioninstancedata e join jobinstancedata j"
                    + " on j.jobinstanceid = e.jobinstanceid where j.name = ?"
                    + " and e.jobexecid >= ?",
                SettlementDrill.JOB,
                started.get(0)));
        dead = drill.run();
        // Nodes are named instance@host.
        runner = ((String) dead[4]).startsWith(Cluster.name(1) + "@") ? 1 : 2;
        assertTrue(((String) dead[4]).startsWith(Cluster.name(runner) + "@"), dead[4] + "");

        // A user signed in on the instance that is about to die.
        session = new WebSession(cluster.url(runner));
        Accounts.login(session, student, Accounts.STRONG_PASSWORD);
        assertEquals(student, signedInAs(session));

        drill.awaitSettledItems(CHUNK);
        killedAt = ((Timestamp) Db.rows("select now()").get(0)[0]).toInstant();
        cluster.kill(runner);
      } finally {
        drill.speedUp();
      }
      int survivor = 3 - runner;

      // The session lives on in the data grid: the other instance knows the user.
      WebSession moved = new WebSession(cluster.url(survivor));
      session.cookies().forEach(moved::setCookieForTest);
      assertEquals(student, signedInAs(moved), "signed in on " + Cluster.name(survivor));

      // The survivor's watchdog takes the run over from its checkpoint and finishes it.
      drill.awaitCompleted(TAKEOVER_LIMIT.plusMinutes(2));
      Object[] takeover = drill.firstTakeover();
      assertEquals(dead[3], takeover[0]);
      assertEquals(((Number) dead[1]).longValue(), ((Number) takeover[1]).longValue());
      assertTrue(((String) takeover[2]).startsWith(Cluster.name(survivor) + "@"), takeover[2] + "");
      assertEquals("RESTARTED", takeover[4]);
      Duration took = Duration.between(killedAt, ((Timestamp) takeover[5]).toInstant());
      assertTrue(took.compareTo(TAKEOVER_LIMIT) < 0, "taken over " + took + " after the kill");
      Object[] done = drill.run();
      assertTrue(((String) done[4]).startsWith(Cluster.name(survivor) + "@"), done[4] + "");
      assertEquals(1, ((Number) done[2]).intValue());
      drill.assertSettledAsUninterrupted();

      // The dead instance's persistent timers move to the survivor.
      assertEquals(owners.keySet(), awaitTimersOwnedBy(Cluster.name(survivor)).keySet());
    }
  }

  /** Starts the date's settlement on both instances at the same moment; the execution ids. */
  private static List<Long> startOnBoth(Cluster cluster, LocalDate day) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add(
                "parameters",
                Json.createObjectBuilder()
                    .add("businessDate", day.toString())
                    .add("itemCount", "" + CHUNK))
            .build()
            .toString();
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<WebSession.Page>> calls =
        List.of(1, 2).stream()
            .map(
                n -> {
                  WebSession api = new WebSession(cluster.url(n));
                  String token = token(api);
                  return CompletableFuture.supplyAsync(
                      () -> {
                        try {
                          together.await();
                        } catch (Exception e) {
                          throw new IllegalStateException(e);
                        }
                        return api.json(
                            "POST",
                            "/api/admin/batch/jobs/" + SettlementDrill.JOB + "/executions",
                            body,
                            token);
                      });
                })
            .toList();
    List<Long> ids = new java.util.ArrayList<>();
    for (CompletableFuture<WebSession.Page> call : calls) {
      WebSession.Page p = call.get();
      // The loser either gets the admitted run's execution or hears that it is starting.
      if (p.status() == 409) {
        assertTrue(p.body().contains("is starting"), p.body());
        continue;
      }
      assertEquals(202, p.status(), p.body());
      ids.add(Api.object(p).getJsonNumber("executionId").longValue());
    }
    assertNotEquals(0, ids.size());
    return ids;
  }

  private static String token(WebSession api) {
    WebSession.Page p =
        api.json(
            "POST",
            "/api/auth/login",
            Json.createObjectBuilder()
                .add("email", Accounts.ADMIN)
                .add("password", Accounts.DEMO_PASSWORD)
                .build()
                .toString(),
            null);
    assertEquals(200, p.status(), p.body());
    return Api.object(p).getString("accessToken");
  }

  /** Whom the header greets on a signed-in page ("" when the page asks to sign in). */
  private static String signedInAs(WebSession web) {
    WebSession.Page page = web.get("/learn/wallet.xhtml");
    var user = page.html().selectFirst("span.az-user");
    return user == null ? "" : user.text();
  }

  /** Schedule method to owning instance, from the timer table (one row per schedule). */
  private static Map<String, String> timerOwners() {
    Map<String, String> owners = new TreeMap<>();
    for (Object[] r :
        Db.rows("select \"SCHEDULE\", \"OWNERID\" from \"EJB__TIMER__TBL\" where \"STATE\" = 0")) {
      String[] parts = ((String) r[0]).split(" # ");
      String method = parts[parts.length - 2];
      String previous = owners.put(method, (String) r[1]);
      assertEquals(null, previous, "schedule " + method + " stored twice");
    }
    return owners;
  }

  private static Map<String, String> awaitTimersOwnedBy(String instance)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    Map<String, String> owners = timerOwners();
    while (Instant.now().isBefore(deadline)) {
      owners = timerOwners();
      if (owners.values().stream().allMatch(instance::equals)) {
        return owners;
      }
      Thread.sleep(2000);
    }
    throw new AssertionError("timers still owned by the dead instance: " + owners);
  }
}
