package com.azora.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One version of a student's work on an assignment. While SUBMITTED it may be replaced by a
 * resubmission; once GRADED it stays, and new work starts a new attempt.
 */
@Entity
@Table(name = "assignment_submission")
public class AssignmentSubmission {

  /** Where a submission stands. */
  public enum Status {
    SUBMITTED,
    GRADED
  }

  /** A file's description (its bytes live in {@link SubmissionFile}). */
  public record FileMeta(String name, SubmissionFileType type, int size) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "lesson_id", nullable = false, updatable = false)
  private Long lessonId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private Long studentId;

  @Column(nullable = false, updatable = false)
  private int attempt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.SUBMITTED;

  @Column(name = "body")
  private String text;

  @Column(name = "file_name")
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type")
  private SubmissionFileType fileType;

  @Column(name = "file_size")
  private Integer fileSize;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  private BigDecimal points;

  @Column(name = "max_points")
  private BigDecimal maxPoints;

  private Boolean passed;

  private String feedback;

  @Column(name = "graded_by")
  private Long gradedBy;

  @Column(name = "graded_at")
  private Instant gradedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "assignment_score", joinColumns = @JoinColumn(name = "submission_id"))
  @MapKeyColumn(name = "criterion_id")
  @Column(name = "points")
  private Map<Long, BigDecimal> scores = new HashMap<>();

  protected AssignmentSubmission() {}

  public AssignmentSubmission(
      long lessonId,
      long courseId,
      long studentId,
      int attempt,
      String text,
      FileMeta file,
      Instant at,
      boolean late) {
    this.lessonId = lessonId;
    this.courseId = courseId;
    this.studentId = studentId;
    this.attempt = attempt;
    replace(text, file, at, late);
  }

  /** A resubmission before grading replaces the work entirely. */
  public final void replace(String text, FileMeta file, Instant at, boolean late) {
    if (status != Status.SUBMITTED) {
      throw new IllegalStateException("A graded submission cannot be changed.");
    }
    if (text == null && file == null) {
      throw new IllegalArgumentException("Hand in some work.");
    }
    this.text = text;
    this.fileName = file == null ? null : file.name();
    this.fileType = file == null ? null : file.type();
    this.fileSize = file == null ? null : file.size();
    this.submittedAt = at;
    this.late = late;
  }

  /** Records (or replaces) the grade. */
  public void grade(
      Map<Long, BigDecimal> given,
      AssignmentRubric.Grade grade,
      String feedback,
      long graderId,
      Instant at) {
    scores.clear();
    scores.putAll(given);
    this.points = grade.points();
    this.maxPoints = grade.maxPoints();
    this.passed = grade.passed();
    this.feedback = feedback;
    this.gradedBy = graderId;
    this.gradedAt = at;
    this.status = Status.GRADED;
  }

  public Long getId() {
    return id;
  }

  public Long getLessonId() {
    return lessonId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getStudentId() {
    return studentId;
  }

  public int getAttempt() {
    return attempt;
  }

  public Status getStatus() {
    return status;
  }

  public String getText() {
    return text;
  }

  public String getFileName() {
    return fileName;
  }

  public SubmissionFileType getFileType() {
    return fileType;
  }

  public Integer getFileSize() {
    return fileSize;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public Boolean getPassed() {
    return passed;
  }

  public String getFeedback() {
    return feedback;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public Map<Long, BigDecimal> getScores() {
    return Collections.unmodifiableMap(scores);
  }
}
