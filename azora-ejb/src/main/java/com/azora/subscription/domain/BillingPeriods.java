package com.azora.subscription.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Period arithmetic from a billing anchor. Period {@code n} ends at anchor + (n+1) intervals,
 * always counted from the anchor, never from the previous end: a subscription started on Jan 31
 * renews on Feb 28 (29 in a leap year), then Mar 31, not Mar 28. Calendar months are UTC months.
 */
public final class BillingPeriods {

  private BillingPeriods() {}

  /** Start of period {@code index} (0 is the first). */
  public static Instant start(Instant anchor, BillingInterval interval, int index) {
    return index == 0 ? anchor : end(anchor, interval, index - 1);
  }

  /** End of period {@code index}, which is the start of the next one. */
  public static Instant end(Instant anchor, BillingInterval interval, int index) {
    Objects.requireNonNull(anchor, "anchor");
    if (index < 0) {
      throw new IllegalArgumentException("A period index is never negative");
    }
    // plusMonths clamps to the last day of a shorter month, which is the rule we want.
    return anchor
        .atZone(ZoneOffset.UTC)
        .plusMonths((long) interval.months() * (index + 1))
        .toInstant();
  }
}
