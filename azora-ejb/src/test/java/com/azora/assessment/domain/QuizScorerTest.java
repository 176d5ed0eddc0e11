package com.azora.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScorerTest {

  private static final BigDecimal TEN = new BigDecimal("10");

  private static QuizScorer.Key choice(QuestionType type, Boolean... correct) {
    return new QuizScorer.Key(type, TEN, List.of(correct), List.of(), null);
  }

  private static QuizScorer.Key text(List<String> accepted, String pattern) {
    return new QuizScorer.Key(QuestionType.SHORT_ANSWER, TEN, List.of(), accepted, pattern);
  }

  private static QuizScorer.Response picks(Integer... i) {
    return new QuizScorer.Response(Set.of(i), null);
  }

  private static QuizScorer.Response says(String text) {
    return new QuizScorer.Response(Set.of(), text);
  }

  private static BigDecimal pts(String s) {
    return new BigDecimal(s);
  }

  @Test
  void singleChoiceScoresOnlyTheCorrectOptionAlone() {
    QuizScorer.Key k = choice(QuestionType.SINGLE_CHOICE, false, true, false);
    assertEquals(pts("10.00"), QuizScorer.score(k, picks(1)));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0)));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0, 1)), "two picks is not one answer");
    assertEquals(pts("0.00"), QuizScorer.score(k, QuizScorer.Response.none()));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(7)), "an unknown option is wrong");
  }

  @Test
  void trueFalseIsAChoiceBetweenTwo() {
    QuizScorer.Key k = choice(QuestionType.TRUE_FALSE, false, true);
    assertEquals(pts("10.00"), QuizScorer.score(k, picks(1)));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0)));
  }

  @Test
  void multipleChoiceGivesPartialCreditAndPenalisesWrongPicks() {
    // Two correct (0, 2), two wrong (1, 3): each right pick +1/2, each wrong pick -1/2.
    QuizScorer.Key k = choice(QuestionType.MULTIPLE_CHOICE, true, false, true, false);
    assertEquals(pts("10.00"), QuizScorer.score(k, picks(0, 2)));
    assertEquals(pts("5.00"), QuizScorer.score(k, picks(0)));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0, 1)));
    assertEquals(pts("5.00"), QuizScorer.score(k, picks(0, 2, 1)));
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0, 1, 2, 3)), "ticking all earns nothing");
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(1, 3)), "never below zero");
    assertEquals(pts("0.00"), QuizScorer.score(k, QuizScorer.Response.none()));
  }

  @Test
  void multipleChoiceFractionsRoundHalfUpToCents() {
    // Three correct of four: one right pick is a third of 10 points.
    QuizScorer.Key k = choice(QuestionType.MULTIPLE_CHOICE, true, true, true, false);
    assertEquals(pts("3.33"), QuizScorer.score(k, picks(0)));
    assertEquals(pts("6.67"), QuizScorer.score(k, picks(0, 1)));
    // 3/3 - 1/1 = 0.
    assertEquals(pts("0.00"), QuizScorer.score(k, picks(0, 1, 2, 3)));
  }

  @Test
  void multipleChoiceWithEveryOptionCorrect() {
    QuizScorer.Key k = choice(QuestionType.MULTIPLE_CHOICE, true, true);
    assertEquals(pts("10.00"), QuizScorer.score(k, picks(0, 1)));
    assertEquals(pts("5.00"), QuizScorer.score(k, picks(1)));
  }

  @Test
  void shortAnswerComparesTrimmedAndCaseFolded() {
    QuizScorer.Key k = text(List.of("Paris", "Ville Lumière"), null);
    assertEquals(pts("10.00"), QuizScorer.score(k, says("  paris ")));
    assertEquals(pts("10.00"), QuizScorer.score(k, says("VILLE LUMIÈRE")));
    assertEquals(pts("0.00"), QuizScorer.score(k, says("Pariss")));
    assertEquals(
        pts("0.00"), QuizScorer.score(k, says("the city of Paris")), "exact, not contains");
    assertEquals(pts("0.00"), QuizScorer.score(k, says("   ")));
    assertEquals(pts("0.00"), QuizScorer.score(k, QuizScorer.Response.none()));
  }

  @Test
  void shortAnswerPatternMustMatchInFull() {
    QuizScorer.Key k = text(List.of(), "(?i)o\\(n( log n)?\\)");
    assertEquals(pts("10.00"), QuizScorer.score(k, says("O(n log n)")));
    assertEquals(pts("10.00"), QuizScorer.score(k, says(" o(n) ")), "the answer is trimmed");
    assertEquals(
        pts("0.00"), QuizScorer.score(k, says("O(n) time")), "a partial match is no match");
  }

  @Test
  void catastrophicPatternsGiveUpQuicklyAndDoNotMatch() {
    String evil = "(a+)+b";
    String answer = "a".repeat(40);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertFalse(QuizScorer.matchesInFull(evil, answer)));
    QuizScorer.Key k = text(List.of(), evil);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertEquals(pts("0.00"), QuizScorer.score(k, says(answer))));
  }

  @Test
  void overlongAnswersAndInvalidPatternsDoNotMatch() {
    assertFalse(QuizScorer.matchesInFull(".*", "x".repeat(QuizScorer.MAX_MATCHED_ANSWER + 1)));
    assertTrue(QuizScorer.matchesInFull(".*", "x".repeat(QuizScorer.MAX_MATCHED_ANSWER)));
    assertFalse(QuizScorer.matchesInFull("(unclosed", "(unclosed"));
  }

  @Test
  void essaysWaitForAGraderUnlessBlank() {
    QuizScorer.Key k = new QuizScorer.Key(QuestionType.ESSAY, TEN, List.of(), List.of(), null);
    assertNull(QuizScorer.score(k, says("My essay.")));
    assertEquals(pts("0.00"), QuizScorer.score(k, says("  ")));
    assertEquals(pts("0.00"), QuizScorer.score(k, QuizScorer.Response.none()));
  }

  @Test
  void totalRoundsThePercentDownAndPassesAtTheMark() {
    QuizScorer.Total t =
        QuizScorer.total(List.of(pts("1.00"), pts("1.00")), pts("3.00"), pts("66.67"));
    assertEquals(pts("2.00"), t.score());
    assertEquals(pts("66.66"), t.percent(), "66.666… rounds down");
    assertFalse(t.passed(), "rounding never lifts an attempt over the mark");

    QuizScorer.Total exact = QuizScorer.total(List.of(pts("6.00")), pts("10.00"), pts("60"));
    assertEquals(pts("60.00"), exact.percent());
    assertTrue(exact.passed(), "score equal to the passing score passes");

    QuizScorer.Total none = QuizScorer.total(List.of(pts("0.00")), pts("10.00"), pts("0"));
    assertTrue(none.passed(), "a 0 % passing score passes anything");
  }
}
