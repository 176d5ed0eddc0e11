package com.azora.leaderboard.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** What leaderboard pages and the API show. */
public final class LeaderboardViews {

  private LeaderboardViews() {}

  /**
   * The generation readers use now (null before the first run) and when it was computed, with the
   * periods its weekly and monthly boards cover.
   */
  public record Snapshot(Long generation, Instant computedAt, Instant weekStart, Instant monthStart)
      implements Serializable {
    public static Snapshot none() {
      return new Snapshot(null, null, null, null);
    }
  }

  /** One ranked learner: competition rank (ties share it) and display position. */
  public record Line(
      int position, int rank, long userId, String name, BigDecimal points, boolean me)
      implements Serializable {}

  /** A course or organisation to choose a board by. */
  public record Choice(long id, String label) implements Serializable {}

  /** One recomputation run, for the admin. */
  public record Run(
      long generation,
      Instant slot,
      Long jobExecutionId,
      String status,
      boolean current,
      Instant startedAt,
      Instant finishedAt,
      long rows)
      implements Serializable {}
}
