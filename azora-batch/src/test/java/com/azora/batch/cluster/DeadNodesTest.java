package com.azora.batch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.batch.cluster.DeadNodes.Action;
import com.azora.batch.cluster.DeadNodes.RunningRun;
import com.azora.batch.cluster.DeadNodes.Takeover;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadNodesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");
  private static final String SELF = "inst1@host#bbbb2222";
  private static final String OTHER = "inst2@host#cccc3333";
  private static final String PREVIOUS_LIFE = "inst1@host#aaaa1111";
  private static final LocalDate DAY = LocalDate.parse("2026-12-03");

  private static RunningRun run(String life, Long execution, String status, Instant started) {
    return new RunningRun("earnings-settlement", DAY, execution, status, life, started);
  }

  @Test
  void aLifeThatBeatWithinAMinuteIsAlive() {
    List<Takeover> due =
        DeadNodes.takeovers(
            List.of(run(OTHER, 7L, "STARTED", NOW.minusSeconds(600))),
            Map.of(OTHER, NOW.minusSeconds(59)),
            SELF,
            NOW);
    assertTrue(due.isEmpty());
  }

  @Test
  void aLifeSilentForMoreThanAMinuteIsDeadAndItsExecutionIsRestarted() {
    RunningRun r = run(OTHER, 7L, "STARTED", NOW.minusSeconds(600));
    List<Takeover> due =
        DeadNodes.takeovers(List.of(r), Map.of(OTHER, NOW.minusSeconds(61)), SELF, NOW);
    assertEquals(List.of(new Takeover(r, Action.RESTART)), due);
  }

  @Test
  void theBoundaryIsExactlySixtySeconds() {
    assertFalse(DeadNodes.stale(NOW.minusSeconds(60), NOW));
    assertTrue(DeadNodes.stale(NOW.minusSeconds(60).minusMillis(1), NOW));
  }

  @Test
  void aPreviousLifeOfThisVeryInstanceIsDeadAfterARestart() {
    // Same instance name, new start id: the old life's beats stopped when it was killed.
    RunningRun r = run(PREVIOUS_LIFE, 9L, "STARTED", NOW.minusSeconds(300));
    List<Takeover> due =
        DeadNodes.takeovers(
            List.of(r),
            Map.of(PREVIOUS_LIFE, NOW.minusSeconds(90), SELF, NOW.minusSeconds(5)),
            SELF,
            NOW);
    assertEquals(List.of(new Takeover(r, Action.RESTART)), due);
  }

  @Test
  void thisLifeNeverTakesOverItsOwnRunsEvenWithoutABeat() {
    List<Takeover> due =
        DeadNodes.takeovers(
            List.of(run(SELF, 3L, "STARTED", NOW.minusSeconds(3600))), Map.of(), SELF, NOW);
    assertTrue(due.isEmpty());
  }

  @Test
  void aRunWithoutExecutionOfADeadLifeIsOnlyFailed() {
    RunningRun r = run(OTHER, null, "STARTING", NOW.minusSeconds(120));
    List<Takeover> due =
        DeadNodes.takeovers(List.of(r), Map.of(OTHER, NOW.minusSeconds(120)), SELF, NOW);
    assertEquals(List.of(new Takeover(r, Action.FAIL)), due);
  }

  @Test
  void aLifeThatNeverBeatIsDeadOnceItsRunIsOlderThanAMinute() {
    RunningRun fresh = run("ghost#1", 4L, "STARTED", NOW.minusSeconds(30));
    RunningRun old = run("ghost#2", 5L, "STARTED", NOW.minusSeconds(61));
    List<Takeover> due = DeadNodes.takeovers(List.of(fresh, old), Map.of(), SELF, NOW);
    assertEquals(List.of(new Takeover(old, Action.RESTART)), due);
  }

  @Test
  void endedRunsAndRunsWithoutAKnownOwnerAreLeftAlone() {
    Map<String, Instant> beats = Map.of(OTHER, NOW.minusSeconds(3600));
    List<Takeover> due =
        DeadNodes.takeovers(
            List.of(
                run(OTHER, 1L, "COMPLETED", NOW.minusSeconds(7200)),
                run(OTHER, 2L, "FAILED", NOW.minusSeconds(7200)),
                run(null, 3L, "STARTED", NOW.minusSeconds(7200))),
            beats,
            SELF,
            NOW);
    assertTrue(due.isEmpty());
  }

  @Test
  void onlyTheDeadLivesRunsAreTakenOverAmongMany() {
    RunningRun alive = run(OTHER, 1L, "STARTED", NOW.minusSeconds(600));
    RunningRun dead = run(PREVIOUS_LIFE, 2L, "STARTED", NOW.minusSeconds(600));
    List<Takeover> due =
        DeadNodes.takeovers(
            List.of(alive, dead),
            Map.of(OTHER, NOW.minusSeconds(10), PREVIOUS_LIFE, NOW.minusSeconds(200)),
            SELF,
            NOW);
    assertEquals(List.of(new Takeover(dead, Action.RESTART)), due);
  }
}
