package com.azora.subscription.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a failed renewal is tried again: retry {@code n} happens at the first failure plus the
 * {@code n}-th offset (e.g. +1, +3, +7 days). Offsets count from the first failure, not from the
 * previous retry, so a slow scheduler run does not push the whole schedule back.
 */
public final class DunningSchedule {

  private final List<Duration> offsets;

  public DunningSchedule(List<Duration> offsets) {
    Duration previous = Duration.ZERO;
    for (Duration d : offsets) {
      if (d.compareTo(previous) <= 0) {
        throw new IllegalArgumentException("Retry offsets must be positive and increasing");
      }
      previous = d;
    }
    this.offsets = List.copyOf(offsets);
  }

  /** Parses day offsets such as {@code "1,3,7"}; an empty text means no retries. */
  public static DunningSchedule ofDays(String days) {
    List<Duration> offsets = new ArrayList<>();
    if (days != null) {
      for (String part : days.split(",")) {
        if (!part.isBlank()) {
          offsets.add(Duration.ofDays(Long.parseLong(part.trim())));
        }
      }
    }
    return new DunningSchedule(offsets);
  }

  public int retries() {
    return offsets.size();
  }

  /**
   * The time of the next attempt after {@code failedAttempts} failures (the first charge counts),
   * or empty when the retries are used up.
   */
  public Optional<Instant> nextAttempt(Instant firstFailure, int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("Ask after at least one failure");
    }
    int retry = failedAttempts - 1;
    return retry < offsets.size()
        ? Optional.of(firstFailure.plus(offsets.get(retry)))
        : Optional.empty();
  }
}
