package com.azora.catalog.application;

import com.azora.catalog.domain.CourseDetails;
import com.azora.catalog.domain.CourseLevel;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What catalog pages and the API show; records, never entities. */
public final class CatalogViews {
  private CatalogViews() {}

  /** A course in search results. */
  public record CourseCard(
      long id,
      String slug,
      String title,
      String summary,
      String category,
      CourseLevel level,
      String language,
      BigDecimal estimatedHours,
      BigDecimal price,
      String currency,
      boolean demo,
      String thumbnailUrl,
      int ratingCount,
      BigDecimal ratingAverage,
      int enrolments,
      boolean premium) {
    public boolean free() {
      return price.signum() == 0;
    }

    /** Where the thumbnail is served: {@code /course-thumbnail/{id}?v=...}, or null for none. */
    static String thumbnailUrl(long courseId, String sha256) {
      return sha256 == null
          ? null
          : "/course-thumbnail/" + courseId + "?v=" + sha256.strip().substring(0, 16);
    }

    /** Whole stars of the average, for a star line ("★★★★☆"); empty while unrated. */
    public String stars() {
      if (ratingAverage == null) {
        return "";
      }
      int full = ratingAverage.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
      return "★".repeat(full) + "☆".repeat(5 - full);
    }
  }

  /** A link to another course (a prerequisite, a search result in the editor). */
  public record CourseRef(long id, String slug, String title, CourseStatus status) {}

  /** A person teaching a course. */
  public record InstructorLine(long userId, String name, String email) {}

  /** A course in the admin's list of all courses. */
  public record AdminCourseRow(
      long id, String slug, String title, CourseStatus status, Instant updatedAt, boolean premium) {
    public boolean hasPublicPage() {
      return status == CourseStatus.PUBLISHED || status == CourseStatus.ARCHIVED;
    }
  }

  /** A thumbnail's bytes, type and entity tag; {@code shared} when anyone may cache it. */
  public record Thumbnail(String contentType, byte[] data, String etag, boolean shared) {}

  /** A lesson in a syllabus. */
  public record LessonLine(
      long id, String title, LessonType type, int durationMinutes, boolean required) {}

  /** A module in a syllabus. */
  public record ModuleLine(long id, String title, List<LessonLine> lessons, boolean locked) {
    public int minutes() {
      return lessons.stream().mapToInt(LessonLine::durationMinutes).sum();
    }
  }

  /** A published course page. */
  public record CourseDetail(
      CourseCard card,
      String description,
      List<String> instructors,
      List<ModuleLine> modules,
      CourseStatus status,
      List<CourseRef> prerequisites) {
    public boolean archived() {
      return status == CourseStatus.ARCHIVED;
    }
  }

  /** A course in its author's list. */
  public record AuthoredCourse(
      long id,
      String slug,
      String title,
      CourseStatus status,
      String reviewNote,
      Instant updatedAt) {}

  /** Everything the course editor shows. */
  public record CourseEditor(
      long id,
      String slug,
      CourseStatus status,
      String reviewNote,
      CourseDetails details,
      List<ModuleLine> modules,
      List<InstructorLine> instructors,
      List<CourseRef> prerequisites,
      String thumbnailUrl,
      boolean premium) {}

  /** A course waiting for review. */
  public record ReviewItem(
      long id, String slug, String title, String category, String authors, Instant submittedAt) {}

  /** A lesson in the lesson editor; {@code editable} while the course is a draft. */
  public record LessonEdit(
      long courseId, String courseTitle, long lessonId, boolean editable, LessonContent content) {}
}
