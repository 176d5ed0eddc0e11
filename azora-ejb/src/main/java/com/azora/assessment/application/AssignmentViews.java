package com.azora.assessment.application;

import com.azora.assessment.domain.AssignmentSettings;
import com.azora.assessment.domain.AssignmentSubmission;
import com.azora.assessment.domain.SubmissionFileType;
import com.azora.assessment.domain.SubmissionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What assignment pages show and send; records, never entities. */
public final class AssignmentViews {
  private AssignmentViews() {}

  /** A rubric line; {@code id} is null for a line not saved yet. */
  public record CriterionLine(Long id, String title, BigDecimal maxPoints) {
    static List<CriterionLine> of(AssignmentSettings settings) {
      return settings.rubric().stream()
          .map(l -> new CriterionLine(l.id(), l.title(), l.maxPoints()))
          .toList();
    }
  }

  /** An assignment's settings as its author edits them. */
  public record AssignmentSetup(
      long lessonId,
      String lessonTitle,
      long courseId,
      String courseTitle,
      boolean editable,
      boolean configured,
      String instructions,
      SubmissionKind kind,
      Set<SubmissionFileType> fileTypes,
      List<CriterionLine> rubric,
      BigDecimal maxPoints,
      BigDecimal passingPoints,
      Instant dueAt) {}

  /** What an author saves. */
  public record AssignmentSetupForm(
      String instructions,
      SubmissionKind kind,
      Set<SubmissionFileType> fileTypes,
      List<CriterionLine> rubric,
      BigDecimal passingPoints,
      Instant dueAt) {}

  /** One of my submissions to an assignment, as its history shows it. */
  public record SubmissionLine(
      long id,
      int attempt,
      AssignmentSubmission.Status status,
      Instant submittedAt,
      boolean late,
      String text,
      String fileName,
      Integer fileSize,
      BigDecimal points,
      BigDecimal maxPoints,
      Boolean passed,
      String feedback) {}

  /** An assignment as a student sees it in the lesson player. */
  public record AssignmentBrief(
      long lessonId,
      boolean ready,
      SubmissionKind kind,
      Set<SubmissionFileType> fileTypes,
      BigDecimal maxPoints,
      BigDecimal passingPoints,
      Instant dueAt,
      List<CriterionLine> rubric,
      long maxFileBytes,
      List<SubmissionLine> history) {
    public boolean hasPending() {
      return history.stream().anyMatch(s -> s.status() == AssignmentSubmission.Status.SUBMITTED);
    }
  }

  /** A file a student hands in. */
  public record SubmittedFile(String name, byte[] data) {}

  /** One of my submissions across courses. */
  public record MySubmission(
      long id,
      long lessonId,
      String lessonTitle,
      String courseTitle,
      int attempt,
      AssignmentSubmission.Status status,
      Instant submittedAt,
      boolean late,
      String fileName,
      BigDecimal points,
      BigDecimal maxPoints,
      Boolean passed,
      String feedback) {}

  /** A submission in the grading queue. */
  public record QueueRow(
      long id,
      String studentName,
      String courseTitle,
      String lessonTitle,
      int attempt,
      Instant submittedAt,
      boolean late,
      AssignmentSubmission.Status status,
      BigDecimal points,
      BigDecimal maxPoints) {}

  /** Everything a grader sees for one submission. */
  public record GradingSheet(
      long id,
      String studentName,
      String courseTitle,
      String lessonTitle,
      int attempt,
      AssignmentSubmission.Status status,
      Instant submittedAt,
      boolean late,
      String text,
      String fileName,
      Integer fileSize,
      List<CriterionLine> rubric,
      Map<Long, BigDecimal> scores,
      BigDecimal maxPoints,
      BigDecimal passingPoints,
      BigDecimal points,
      Boolean passed,
      String feedback) {}

  /** A stored file to send back to the browser. */
  public record SubmissionDownload(String fileName, String contentType, byte[] data) {}
}
