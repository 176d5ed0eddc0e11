package com.azora.learning.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A student's place in a course: which lessons are done, and whether the course is complete. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  /** Lifecycle of an enrolment. */
  public enum Status {
    ACTIVE,
    COMPLETED,
    REVOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.ACTIVE;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "last_lesson_id")
  private Long lastLessonId;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
  @Column(name = "lesson_id")
  private Set<Long> completedLessonIds = new HashSet<>();

  protected Enrolment() {}

  public Enrolment(long userId, long courseId, Instant now) {
    this.userId = userId;
    this.courseId = courseId;
    this.enrolledAt = now;
  }

  /**
   * Takes access away (a refunded purchase). The completion date goes with it; lesson progress
   * stays, so a learner who buys again continues where they were.
   */
  public void revoke() {
    status = Status.REVOKED;
    completedAt = null;
  }

  /** Gives a revoked enrolment back (bought again); true when something changed. */
  public boolean reactivate() {
    if (status != Status.REVOKED) {
      return false;
    }
    status = Status.ACTIVE;
    return true;
  }

  public void visit(long lessonId) {
    lastLessonId = lessonId;
  }

  /**
   * Marks a lesson done. Returns what changed: whether the lesson was newly completed and whether
   * this completed the course (all required lessons done), which happens once.
   */
  public Outcome completeLesson(long lessonId, Collection<Long> requiredLessonIds, Instant now) {
    if (status == Status.REVOKED) {
      throw new IllegalStateException("This enrolment was revoked.");
    }
    boolean newLesson = completedLessonIds.add(lessonId);
    lastLessonId = lessonId;
    boolean courseNow = false;
    if (status == Status.ACTIVE && completedLessonIds.containsAll(requiredLessonIds)) {
      status = Status.COMPLETED;
      completedAt = now;
      courseNow = true;
    }
    return new Outcome(newLesson, courseNow);
  }

  /** What completing a lesson changed. */
  public record Outcome(boolean lessonNewlyCompleted, boolean courseCompleted) {}

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Long getLastLessonId() {
    return lastLessonId;
  }

  public Set<Long> getCompletedLessonIds() {
    return Collections.unmodifiableSet(completedLessonIds);
  }
}
