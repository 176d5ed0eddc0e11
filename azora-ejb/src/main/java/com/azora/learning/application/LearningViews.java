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
      Long continueLessonId,
      long secondsSpent) {
    /** Time spent as people say it: "2 h 05 min", "12 min", "under a minute". */
    public String timeSpent() {
      long minutes = secondsSpent / 60;
      if (minutes == 0) {
        return secondsSpent == 0 ? "none yet" : "under a minute";
      }
      return minutes < 60
          ? minutes + " min"
          : (minutes / 60) + " h " + String.format("%02d", minutes % 60) + " min";
    }
  }

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
      Long continueLessonId,
      long secondsSpent) {}

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
      boolean courseCompleted,
      boolean courseArchived) {}
}
