package com.azora.learning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azora.learning.application.CourseAnalytics.DayCount;
import com.azora.learning.application.CourseAnalytics.LessonReach;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseAnalyticsTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 1);

  @Test
  void daysWithoutEnrolmentsAreZeroAndTheRunningTotalStartsFromEarlierEnrolments() {
    List<DayCount> days =
        CourseAnalytics.everyDay(
            D1, D1.plusDays(3), List.of(new DayCount(D1, 2), new DayCount(D1.plusDays(2), 1)));
    CourseAnalytics a = CourseAnalytics.of(7, "T", 8, 2, 5, days, List.of(), null);

    assertEquals(
        List.of(
            new DayCount(D1, 2, 7),
            new DayCount(D1.plusDays(1), 0, 7),
            new DayCount(D1.plusDays(2), 1, 8),
            new DayCount(D1.plusDays(3), 0, 8)),
        a.enrolmentsByDay());
  }

  @Test
  void completionRateAndReachAreShareOfEnrolledWithTwoDecimals() {
    LessonReach first = new LessonReach(1, "Intro", "M1", 2, null, null);
    CourseAnalytics a = CourseAnalytics.of(7, "T", 3, 1, 0, List.of(), List.of(first), null);

    assertEquals(new BigDecimal("33.33"), a.completionRate());
    assertEquals(new BigDecimal("66.67"), a.reachPercent(first));
  }

  @Test
  void noEnrolmentsMeansZeroNotADivisionByZero() {
    LessonReach first = new LessonReach(1, "Intro", "M1", 0, null, null);
    CourseAnalytics a = CourseAnalytics.of(7, "T", 0, 0, 0, List.of(), List.of(first), null);

    assertEquals(new BigDecimal("0.00"), a.completionRate());
    assertEquals(new BigDecimal("0.00"), a.reachPercent(first));
  }
}
