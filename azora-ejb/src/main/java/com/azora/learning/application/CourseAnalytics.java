package com.azora.learning.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A course's learning analytics.
 *
 * @param enrolled active and completed enrolments (revoked ones left out)
 * @param completionRate completed / enrolled in percent, two decimals; zero without enrolments
 * @param enrolmentsByDay one entry per day of the chart window, zero days included, with the
 *     running total (counting enrolments from before the window)
 * @param reach per lesson in reading order: how many learners completed it (the drop-off curve)
 * @param averageQuizScore the average score of graded quiz attempts in percent; null without any
 */
public record CourseAnalytics(
    long courseId,
    String title,
    long enrolled,
    long completed,
    BigDecimal completionRate,
    List<DayCount> enrolmentsByDay,
    List<LessonReach> reach,
    BigDecimal averageQuizScore) {

  /** Enrolments on one day, and all enrolments up to and including it. */
  public record DayCount(LocalDate day, long count, long total) {
    public DayCount(LocalDate day, long count) {
      this(day, count, 0);
    }
  }

  /**
   * A lesson: how many learners completed it, the average minutes spent by learners who spent any
   * (null when nobody did yet), and for a quiz the average graded score (null otherwise).
   */
  public record LessonReach(
      long lessonId,
      String title,
      String module,
      long completed,
      BigDecimal averageMinutes,
      BigDecimal averageScore) {}

  static CourseAnalytics of(
      long id,
      String title,
      long enrolled,
      long completed,
      long before,
      List<DayCount> days,
      List<LessonReach> reach,
      BigDecimal averageQuizScore) {
    List<DayCount> running = new ArrayList<>(days.size());
    long total = before;
    for (DayCount d : days) {
      total += d.count();
      running.add(new DayCount(d.day(), d.count(), total));
    }
    return new CourseAnalytics(
        id,
        title,
        enrolled,
        completed,
        percent(completed, enrolled),
        running,
        reach,
        averageQuizScore);
  }

  /** Fills the days without enrolments with zero so the chart's time axis has no gaps. */
  static List<DayCount> everyDay(LocalDate from, LocalDate to, List<DayCount> counted) {
    Map<LocalDate, DayCount> byDay =
        counted.stream().collect(Collectors.toMap(DayCount::day, Function.identity()));
    List<DayCount> all = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      all.add(byDay.getOrDefault(d, new DayCount(d, 0)));
    }
    return all;
  }

  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** The share of enrolled learners who completed a lesson, in percent. */
  public BigDecimal reachPercent(LessonReach r) {
    return percent(r.completed(), enrolled);
  }
}
