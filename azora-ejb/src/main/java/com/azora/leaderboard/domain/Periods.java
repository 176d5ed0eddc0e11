package com.azora.leaderboard.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The weekly and monthly windows of a run, in UTC: the weekly board counts rewards since Monday
 * 00:00 of the run's ISO week, the monthly board since the first of its month.
 */
public record Periods(Instant weekStart, Instant monthStart) {

  public static Periods of(Instant runAt) {
    LocalDate day = runAt.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = day.withDayOfMonth(1);
    return new Periods(
        monday.atStartOfDay().toInstant(ZoneOffset.UTC),
        first.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** Where a board's window starts; null for boards over all time. */
  public Instant since(Board board) {
    return switch (board) {
      case WEEKLY -> weekStart;
      case MONTHLY -> monthStart;
      default -> null;
    };
  }
}
