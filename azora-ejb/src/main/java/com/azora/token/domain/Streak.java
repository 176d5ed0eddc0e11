package com.azora.token.domain;

import java.time.LocalDate;
import java.util.Collection;

/** A daily streak: a learner completed lessons on a day and on the day before it. */
public final class Streak {

  private Streak() {}

  /**
   * True when {@code lessonDays} (UTC days with a completed lesson) hold {@code day} and the day
   * before.
   */
  public static boolean continues(LocalDate day, Collection<LocalDate> lessonDays) {
    return lessonDays.contains(day) && lessonDays.contains(day.minusDays(1));
  }
}
