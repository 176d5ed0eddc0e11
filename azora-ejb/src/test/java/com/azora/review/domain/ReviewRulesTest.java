package com.azora.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

  @Test
  void ratingIsOneToFiveStars() {
    assertEquals("rating", ReviewRules.problem(null, "x").field());
    assertEquals("rating", ReviewRules.problem(0, "x").field());
    assertEquals("rating", ReviewRules.problem(6, "x").field());
    assertNull(ReviewRules.problem(1, null));
    assertNull(ReviewRules.problem(5, "Great"));
  }

  @Test
  void textHasALimit() {
    assertEquals("body", ReviewRules.problem(3, "x".repeat(4001)).field());
    assertNull(ReviewRules.problem(3, "x".repeat(4000)));
    assertNotNull(ReviewRules.replyProblem("  "));
    assertNotNull(ReviewRules.replyProblem("y".repeat(4001)));
    assertNull(ReviewRules.replyProblem("Thanks"));
  }

  @Test
  void theReviewGuardsItsRules() {
    CourseReview r = new CourseReview(1, 2, 4, "  Good  ", NOW);
    assertEquals("Good", r.getBody());
    r.edit(5, null, NOW.plusSeconds(1));
    assertEquals(5, r.getRating());
    assertEquals("", r.getBody());
    assertThrows(IllegalArgumentException.class, () -> r.edit(0, "", NOW));
    assertThrows(IllegalArgumentException.class, () -> r.reply(9, " ", NOW));
    r.reply(9, " Thank you ", NOW);
    assertEquals("Thank you", r.getReply());
  }
}
