package com.azora.learning.application;

import com.azora.catalog.domain.LessonType;
import com.azora.learning.domain.Enrolment;

/** What learning pages and the API show. */
public final class LearningViews {
  private LearningViews() {}

  /** A course in "my courses". */
  public record MyCourse(
      long courseId,
      String slug,
      String title,
      Enrolment.Status status,
      int percent,
      Long continueLessonId) {}

  /** An enrolment's progress in lessons; {@code completedAt} is set once the course is done. */
  public record CourseProgress(
      long courseId,
      String slug,
      String title,
      Enrolment.Status status,
      int percent,
      int completedLessons,
      int totalLessons,
      java.time.Instant completedAt,
      Long continueLessonId) {}

  /** A lesson as the player shows it. */
  public record LessonView(
      long id,
      String title,
      LessonType type,
      String content,
      String videoUrl,
      int durationMinutes,
      String courseTitle,
      String courseSlug,
      String moduleTitle,
      Long previousId,
      Long nextId,
      boolean completed,
      int coursePercent,
      boolean courseCompleted) {}
}
