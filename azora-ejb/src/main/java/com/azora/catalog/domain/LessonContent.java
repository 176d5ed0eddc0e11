package com.azora.catalog.domain;

import com.azora.platform.text.VideoEmbed;

/** What an author enters for a lesson, validated; {@link #problem()} names the field at fault. */
public record LessonContent(
    String title,
    LessonType type,
    String content,
    String videoUrl,
    int durationMinutes,
    boolean required) {

  public LessonContent {
    title = title == null ? "" : title.strip();
    type = type == null ? LessonType.READING : type;
    content = content == null ? "" : content.strip();
    videoUrl = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
  }

  public CourseDetails.FieldProblem problem() {
    if (title.isEmpty() || title.length() > 160) {
      return new CourseDetails.FieldProblem(
          "lessonTitle", "Give the lesson a title (up to 160 characters).");
    }
    String videoProblem = type == LessonType.VIDEO ? VideoEmbed.problem(videoUrl) : null;
    if (videoProblem != null) {
      return new CourseDetails.FieldProblem("videoUrl", videoProblem);
    }
    if (content.length() > 100_000) {
      return new CourseDetails.FieldProblem(
          "content", "Keep the lesson text under 100,000 characters.");
    }
    if (durationMinutes < 0 || durationMinutes > 1_440) {
      return new CourseDetails.FieldProblem(
          "duration", "Duration must be between 0 and 1440 minutes.");
    }
    return null;
  }
}
