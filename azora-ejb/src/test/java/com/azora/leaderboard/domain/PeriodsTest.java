package com.azora.leaderboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void weekStartsOnTheIsoMondayAndMonthOnTheFirstInUtc() {
    // Friday 4 December 2026, late evening UTC.
    Periods p = Periods.of(Instant.parse("2026-12-04T23:59:59Z"));
    assertEquals(Instant.parse("2026-11-30T00:00:00Z"), p.weekStart());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), p.monthStart());
    assertEquals(p.weekStart(), p.since(Board.WEEKLY));
    assertEquals(p.monthStart(), p.since(Board.MONTHLY));
    assertNull(p.since(Board.GLOBAL));
    assertNull(p.since(Board.COURSE));
  }

  @Test
  void aMondayIsItsOwnWeekStartAndASundayBelongsToTheWeekBefore() {
    assertEquals(
        Instant.parse("2026-11-30T00:00:00Z"),
        Periods.of(Instant.parse("2026-11-30T00:00:00Z")).weekStart());
    assertEquals(
        Instant.parse("2026-11-23T00:00:00Z"),
        Periods.of(Instant.parse("2026-11-29T23:59:59Z")).weekStart());
  }

  @Test
  void anIsoWeekCanStartInTheMonthOrYearBefore() {
    Periods p = Periods.of(Instant.parse("2027-01-01T08:00:00Z"));
    assertEquals(Instant.parse("2026-12-28T00:00:00Z"), p.weekStart());
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), p.monthStart());
  }

  @Test
  void scheduledRunsOfOneQuarterHourShareTheirSlot() {
    assertEquals(
        Instant.parse("2026-12-04T08:15:00Z"), RunSlot.of(Instant.parse("2026-12-04T08:15:00Z")));
    assertEquals(
        Instant.parse("2026-12-04T08:15:00Z"),
        RunSlot.of(Instant.parse("2026-12-04T08:29:59.999Z")));
    assertEquals(
        Instant.parse("2026-12-04T08:30:00Z"), RunSlot.of(Instant.parse("2026-12-04T08:30:00.4Z")));
  }
}
