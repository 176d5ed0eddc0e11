package com.azora.leaderboard.domain;

import java.time.Instant;

/**
 * The quarter-hour a scheduled recomputation belongs to. Two timers firing for the same quarter (a
 * double fire on a cluster) name the same slot, and the database admits one run per slot.
 */
public final class RunSlot {

  public static final long MINUTES = 15;

  private RunSlot() {}

  public static Instant of(Instant firedAt) {
    long seconds = MINUTES * 60;
    return Instant.ofEpochSecond(Math.floorDiv(firedAt.getEpochSecond(), seconds) * seconds);
  }
}
