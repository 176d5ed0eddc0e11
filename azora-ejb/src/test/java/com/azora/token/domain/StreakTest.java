package com.azora.token.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreakTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void lessonsOnTheDayAndTheDayBeforeMakeAStreak() {
    assertTrue(Streak.continues(DAY, Set.of(DAY, DAY.minusDays(1))));
  }

  @Test
  void aGapOrNoLessonThatDayIsNoStreak() {
    assertFalse(Streak.continues(DAY, Set.of(DAY, DAY.minusDays(2))));
    assertFalse(Streak.continues(DAY, Set.of(DAY.minusDays(1))));
    assertFalse(Streak.continues(DAY, Set.of(DAY.plusDays(1), DAY)));
  }
}
