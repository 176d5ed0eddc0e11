package com.azora.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizAttemptTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final QuizScorer.Key CHOICE =
      new QuizScorer.Key(
          QuestionType.SINGLE_CHOICE, new BigDecimal("4"), List.of(true, false), List.of(), null);
  private static final QuizScorer.Key ESSAY =
      new QuizScorer.Key(QuestionType.ESSAY, new BigDecimal("6"), List.of(), List.of(), null);

  private static QuizAttempt attempt(Duration limit) {
    Map<Long, List<Integer>> order = new LinkedHashMap<>();
    order.put(1L, List.of(1, 0));
    order.put(2L, List.of());
    QuizAttempt a =
        new QuizAttempt(
            7L,
            9L,
            1,
            T0,
            limit,
            new BigDecimal("50"),
            order,
            Map.of(1L, new BigDecimal("4"), 2L, new BigDecimal("6")));
    // Answer ids are assigned by the database; give them ids for grading.
    long id = 100;
    for (AttemptAnswer ans : a.getAnswers()) {
      set(ans, "id", id++);
    }
    return a;
  }

  private static void set(Object o, String field, Object value) {
    try {
      Field f = o.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<Long, QuizScorer.Key> keys() {
    return Map.of(1L, CHOICE, 2L, ESSAY);
  }

  @Test
  void keepsTheShownOrderAndTheMaximum() {
    QuizAttempt a = attempt(null);
    assertEquals(new BigDecimal("10"), a.getMaxScore());
    assertEquals(List.of(1, 0), a.getAnswers().get(0).getOptionOrder());
    assertNull(a.getDeadline());
  }

  @Test
  void anEssayWaitsForReviewThenGradingPasses() {
    QuizAttempt a = attempt(Duration.ofMinutes(10));
    a.submit(
        Map.of(
            1L, new QuizScorer.Response(Set.of(0), null),
            2L, new QuizScorer.Response(Set.of(), "An essay")),
        keys(),
        T0.plusSeconds(60));
    assertEquals(QuizAttempt.Status.PENDING_REVIEW, a.getStatus());
    assertNull(a.getScorePercent());
    assertFalse(a.isPassed());

    assertTrue(a.grade(101L, new BigDecimal("2"), "Thin", 5L, T0.plusSeconds(120)));
    assertEquals(QuizAttempt.Status.GRADED, a.getStatus());
    assertEquals(new BigDecimal("60.00"), a.getScorePercent());

    // A regrade below the mark fails the attempt; a regrade back over it passes it newly again.
    assertFalse(a.grade(101L, BigDecimal.ZERO, "Off topic", 5L, T0.plusSeconds(180)));
    assertFalse(a.isPassed());
    assertEquals(new BigDecimal("40.00"), a.getScorePercent());
    assertTrue(a.grade(101L, new BigDecimal("6"), "Good", 5L, T0.plusSeconds(240)));
    assertEquals(new BigDecimal("100.00"), a.getScorePercent());

    assertThrows(
        IllegalArgumentException.class,
        () -> a.grade(101L, new BigDecimal("6.5"), null, 5L, T0.plusSeconds(300)));
    assertThrows(
        IllegalStateException.class,
        () -> a.submit(Map.of(), keys(), T0.plusSeconds(300)),
        "submitted once only");
  }

  @Test
  void answersAfterTheDeadlinePlusGraceAreNotCounted() {
    QuizAttempt inGrace = attempt(Duration.ofMinutes(1));
    Instant justLate = T0.plusSeconds(60).plus(QuizAttempt.GRACE);
    assertTrue(inGrace.acceptsAnswersAt(justLate));
    inGrace.submit(Map.of(1L, new QuizScorer.Response(Set.of(0), null)), keys(), justLate);
    assertFalse(inGrace.isLate());
    assertEquals(new BigDecimal("40.00"), inGrace.getScorePercent());

    QuizAttempt late = attempt(Duration.ofMinutes(1));
    Instant tooLate = justLate.plusMillis(1);
    assertFalse(late.acceptsAnswersAt(tooLate));
    late.submit(
        Map.of(
            1L, new QuizScorer.Response(Set.of(0), null),
            2L, new QuizScorer.Response(Set.of(), "Late essay")),
        keys(),
        tooLate);
    assertTrue(late.isLate());
    assertEquals(QuizAttempt.Status.GRADED, late.getStatus(), "nothing left to review");
    assertEquals(new BigDecimal("0.00"), late.getScorePercent());
    assertEquals(T0.plusSeconds(60), late.getSubmittedAt(), "closed at its deadline");
  }

  @Test
  void aQuizWithoutQuestionsCannotBeStarted() {
    assertThrows(
        IllegalStateException.class,
        () -> new QuizAttempt(1L, 1L, 1, T0, null, BigDecimal.TEN, Map.of(), Map.of()));
  }

  @Test
  void attemptOrderIsAPermutationAndStableForASeed() {
    List<Integer> a = AttemptOrder.of(8, true, new Random(42));
    List<Integer> b = AttemptOrder.of(8, true, new Random(42));
    assertEquals(a, b);
    assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7), Set.copyOf(a));
    assertEquals(List.of(0, 1, 2), AttemptOrder.of(3, false, new Random(1)));
    assertEquals(List.of("c", "a"), AttemptOrder.apply(List.of("a", "b", "c"), List.of(2, 0)));
  }
}
