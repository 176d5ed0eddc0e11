package com.azora.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void theCourseCompletesOnceWhenEveryRequiredLessonIsDone() {
    Enrolment e = new Enrolment(1, 2, NOW);
    List<Long> required = List.of(10L, 11L);
    Enrolment.Outcome first = e.completeLesson(10, required, NOW);
    assertTrue(first.lessonNewlyCompleted());
    assertFalse(first.courseCompleted());
    assertFalse(e.completeLesson(10, required, NOW).lessonNewlyCompleted(), "twice is no-op");
    Enrolment.Outcome last = e.completeLesson(11, required, NOW);
    assertTrue(last.courseCompleted());
    assertEquals(Enrolment.Status.COMPLETED, e.getStatus());
    assertFalse(e.completeLesson(12, required, NOW).courseCompleted(), "completes only once");
  }

  @Test
  void progressCountsOnlyThisCoursesLessons() {
    assertEquals(50, Progress.percent(Set.of(1L, 99L), List.of(1L, 2L)));
    assertEquals(0, Progress.percent(Set.of(), List.of()));
    assertEquals(100, Progress.percent(Set.of(1L, 2L), List.of(1L, 2L)));
  }

  @Test
  void continueGoesToTheFirstLessonNotDone() {
    assertEquals(2L, Progress.nextLesson(Set.of(1L), List.of(1L, 2L, 3L)));
    assertEquals(3L, Progress.nextLesson(Set.of(1L, 2L, 3L), List.of(1L, 2L, 3L)));
    assertEquals(null, Progress.nextLesson(Set.of(), List.of()));
  }
}
