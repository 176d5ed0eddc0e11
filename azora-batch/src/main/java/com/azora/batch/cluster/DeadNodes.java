package com.azora.batch.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which running runs belong to a dead node life and what to do with them. A life is dead when its
 * last beat is older than {@link #STALE}; a life that never beat is dead once its run is older than
 * that (it died before its first beat, or its row was pruned). This JVM's own life is never dead,
 * and a run without a known owner (from before the watchdog) is left alone. Times come from the
 * database clock, so nodes with skewed clocks agree.
 */
public final class DeadNodes {

  /** Four missed beats (every 15 s): long enough for a GC pause, short for the 2-minute goal. */
  public static final Duration STALE = Duration.ofSeconds(60);

  /** A run the guard table shows as starting or started. */
  public record RunningRun(
      String jobName,
      java.time.LocalDate businessDate,
      Long executionId,
      String status,
      String nodeLife,
      Instant startedAt) {}

  /** What the watchdog does with a dead life's run. */
  public enum Action {
    /** Mark its execution FAILED and restart it from its last checkpoint here. */
    RESTART,
    /** It never got an execution: mark the run FAILED so the next fire admits the date again. */
    FAIL
  }

  /** A run to take over, and how. */
  public record Takeover(RunningRun run, Action action) {}

  private DeadNodes() {}

  /**
   * The takeovers due at {@code now}, given the last beat of each life ({@code beats}) and this
   * JVM's life.
   */
  public static List<Takeover> takeovers(
      List<RunningRun> running, Map<String, Instant> beats, String self, Instant now) {
    Objects.requireNonNull(now);
    List<Takeover> due = new ArrayList<>();
    for (RunningRun r : running) {
      if (!"STARTING".equals(r.status()) && !"STARTED".equals(r.status())) {
        continue;
      }
      if (r.nodeLife() == null || r.nodeLife().equals(self)) {
        continue;
      }
      Instant last = beats.get(r.nodeLife());
      Instant seen = last != null ? last : r.startedAt();
      if (seen != null && !stale(seen, now)) {
        continue;
      }
      due.add(new Takeover(r, r.executionId() == null ? Action.FAIL : Action.RESTART));
    }
    return due;
  }

  /** True when a beat at {@code beat} is too old at {@code now}. */
  public static boolean stale(Instant beat, Instant now) {
    return beat.plus(STALE).isBefore(now);
  }
}
