package com.azora.review.application;

import com.azora.platform.PageResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What review pages show; records, never entities. */
public final class ReviewViews {
  private ReviewViews() {}

  /** How many reviews gave a number of stars, and their share in whole percent. */
  public record StarCount(int stars, long count, int percent) {}

  /** A course's ratings: count, average (null while unrated) and distribution (5 stars first). */
  public record RatingSummary(long count, BigDecimal average, List<StarCount> distribution) {}

  /** A review as lists show it, with the instructor's reply when there is one. */
  public record ReviewLine(
      long id,
      String author,
      int rating,
      String body,
      Instant createdAt,
      Instant updatedAt,
      String reply,
      String replyAuthor,
      Instant repliedAt) {
    public String stars() {
      return "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    public boolean edited() {
      return updatedAt.isAfter(createdAt);
    }
  }

  /**
   * The student's review page: whether they may review (else why not) and their review so far
   * ({@code reviewId} null when they have none).
   */
  public record MyReview(
      long courseId,
      String slug,
      String courseTitle,
      String refusal,
      Long reviewId,
      Integer rating,
      String body,
      String reply) {
    public boolean eligible() {
      return refusal == null;
    }
  }

  /** A course's reviews for one of its instructors. */
  public record InstructorReviews(
      long courseId,
      String slug,
      String courseTitle,
      RatingSummary summary,
      PageResult<ReviewLine> reviews) {}
}
