package com.azora.review.domain;

/** What a review and a reply must be; messages are shown next to the field. */
public final class ReviewRules {

  public static final int MAX_TEXT = 4000;

  private ReviewRules() {}

  /** Why a rating/text pair is refused ({@code rating} or {@code body} field), or null. */
  public static Problem problem(Integer rating, String body) {
    if (rating == null || rating < 1 || rating > 5) {
      return new Problem("rating", "Choose a rating from 1 to 5 stars.");
    }
    if (body != null && body.strip().length() > MAX_TEXT) {
      return new Problem("body", "Keep the review under " + MAX_TEXT + " characters.");
    }
    return null;
  }

  /** Why a reply is refused, or null. */
  public static String replyProblem(String text) {
    if (text == null || text.isBlank()) {
      return "Write a reply.";
    }
    if (text.strip().length() > MAX_TEXT) {
      return "Keep the reply under " + MAX_TEXT + " characters.";
    }
    return null;
  }

  static void requireValid(int rating, String body) {
    Problem p = problem(rating, body);
    if (p != null) {
      throw new IllegalArgumentException(p.message());
    }
  }

  static String clean(String body) {
    return body == null ? "" : body.strip();
  }

  /** A refused field and why. */
  public record Problem(String field, String message) {}
}
