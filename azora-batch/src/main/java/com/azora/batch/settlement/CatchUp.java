package com.azora.batch.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which business dates a nightly fire settles: every date after the last completed one up to
 * yesterday, oldest first (dates missed while everything was down are caught up in order), at most
 * {@code max} per night; with no completed run yet, yesterday only.
 */
public final class CatchUp {

  private CatchUp() {}

  public static List<LocalDate> dates(Optional<LocalDate> lastCompleted, LocalDate today, int max) {
    LocalDate yesterday = today.minusDays(1);
    LocalDate from = lastCompleted.map(d -> d.plusDays(1)).orElse(yesterday);
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(yesterday) && dates.size() < max; d = d.plusDays(1)) {
      dates.add(d);
    }
    return dates;
  }
}
