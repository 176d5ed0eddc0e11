package com.azora.identity.domain;

import java.time.Duration;

/**
 * Exponential lock-out after failed logins: throttles online guessing without letting an attacker
 * lock a victim out for long.
 */
public final class LoginBackoff {

  public static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** The first lock; long enough to slow scripted guessing, short enough for a typo-prone human. */
  public static final Duration FIRST_LOCK = Duration.ofSeconds(5);

  private LoginBackoff() {}

  /**
   * How long to refuse further attempts: nothing for the first {@code freeFailures} failures, then
   * 5 s, 10 s, 20 s ... up to {@link #MAX_LOCK}.
   */
  public static Duration lockFor(int failures, int freeFailures) {
    if (freeFailures < 0) {
      throw new IllegalArgumentException("freeFailures must not be negative: " + freeFailures);
    }
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    long exponent = (long) failures - freeFailures;
    // Past 5 s * 2^10 the cap applies anyway; stopping here keeps the shift from overflowing.
    if (exponent >= 10) {
      return MAX_LOCK;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << exponent);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }
}
