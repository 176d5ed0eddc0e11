package com.azora.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A student's rating (1 to 5) and review of a course, with at most one instructor reply. The
 * database allows one per student and course and only from an eligible student (V8 triggers).
 */
@Entity
@Table(name = "course_review")
public class CourseReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(nullable = false)
  private short rating;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  private String reply;

  @Column(name = "replied_by")
  private Long repliedBy;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Version private long version;

  protected CourseReview() {}

  public CourseReview(long courseId, long userId, int rating, String body, Instant now) {
    ReviewRules.requireValid(rating, body);
    this.courseId = courseId;
    this.userId = userId;
    this.rating = (short) rating;
    this.body = ReviewRules.clean(body);
    this.createdAt = Objects.requireNonNull(now);
    this.updatedAt = now;
  }

  /** The author changes their rating and text. */
  public void edit(int rating, String body, Instant now) {
    ReviewRules.requireValid(rating, body);
    this.rating = (short) rating;
    this.body = ReviewRules.clean(body);
    this.updatedAt = now;
  }

  /** An instructor's reply; replying again replaces it. */
  public void reply(long instructorId, String text, Instant now) {
    String problem = ReviewRules.replyProblem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    this.reply = text.strip();
    this.repliedBy = instructorId;
    this.repliedAt = Objects.requireNonNull(now);
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getUserId() {
    return userId;
  }

  public int getRating() {
    return rating;
  }

  public String getBody() {
    return body;
  }

  public String getReply() {
    return reply;
  }
}
