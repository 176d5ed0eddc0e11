package com.azora.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.azora.assessment.domain.QuestionDraft.OptionDraft;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionDraftTest {

  private static QuestionDraft draft(QuestionType type, List<OptionDraft> options) {
    return new QuestionDraft(type, "Prompt?", BigDecimal.ONE, "", options, List.of(), null);
  }

  private static String field(QuestionDraft d) {
    return d.problem() == null ? null : d.problem().field();
  }

  @Test
  void trueFalseIsTrueThenFalseWithOneCorrect() {
    assertNull(
        field(
            draft(
                QuestionType.TRUE_FALSE,
                List.of(new OptionDraft("True", false), new OptionDraft("False", true)))));
    assertEquals(
        "options",
        field(
            draft(
                QuestionType.TRUE_FALSE,
                List.of(new OptionDraft("True", true), new OptionDraft("False", true)))));
    assertEquals(
        "options",
        field(
            draft(
                QuestionType.TRUE_FALSE,
                List.of(new OptionDraft("Yes", true), new OptionDraft("No", false)))));
  }

  @Test
  void choiceQuestionsNeedOptionsAndCorrectOnes() {
    List<OptionDraft> two = List.of(new OptionDraft("a", true), new OptionDraft("b", true));
    assertEquals("options", field(draft(QuestionType.SINGLE_CHOICE, two)), "single: one correct");
    assertNull(field(draft(QuestionType.MULTIPLE_CHOICE, two)));
    assertEquals(
        "options",
        field(
            draft(
                QuestionType.MULTIPLE_CHOICE,
                List.of(new OptionDraft("a", false), new OptionDraft("b", false)))));
    assertEquals(
        "options",
        field(draft(QuestionType.SINGLE_CHOICE, List.of(new OptionDraft("only", true)))));
    // Blank option rows (the page's empty inputs) are dropped.
    assertNull(
        field(
            draft(
                QuestionType.SINGLE_CHOICE,
                List.of(
                    new OptionDraft("a", true),
                    new OptionDraft(" ", false),
                    new OptionDraft("b", false)))));
  }

  @Test
  void shortAnswersNeedAnAnswerOrAValidShortPattern() {
    QuestionDraft none =
        new QuestionDraft(
            QuestionType.SHORT_ANSWER, "Q", BigDecimal.ONE, "", List.of(), List.of(" "), null);
    assertEquals("acceptedAnswers", field(none));
    QuestionDraft bad =
        new QuestionDraft(
            QuestionType.SHORT_ANSWER, "Q", BigDecimal.ONE, "", List.of(), List.of(), "(x");
    assertEquals("pattern", field(bad));
    QuestionDraft tooLong =
        new QuestionDraft(
            QuestionType.SHORT_ANSWER,
            "Q",
            BigDecimal.ONE,
            "",
            List.of(),
            List.of(),
            "a".repeat(QuestionDraft.MAX_PATTERN + 1));
    assertEquals("pattern", field(tooLong));
    QuestionDraft ok =
        new QuestionDraft(
            QuestionType.SHORT_ANSWER, "Q", BigDecimal.ONE, "", List.of(), List.of(), "\\d+");
    assertNull(field(ok));
  }

  @Test
  void promptAndPointsAreChecked() {
    assertEquals(
        "prompt",
        field(
            new QuestionDraft(
                QuestionType.ESSAY, "  ", BigDecimal.ONE, "", List.of(), List.of(), null)));
    assertEquals(
        "points",
        field(
            new QuestionDraft(
                QuestionType.ESSAY, "Q", BigDecimal.ZERO, "", List.of(), List.of(), null)));
    assertEquals(
        "points",
        field(
            new QuestionDraft(
                QuestionType.ESSAY, "Q", new BigDecimal("1.234"), "", List.of(), List.of(), null)));
    assertEquals(
        "type",
        field(new QuestionDraft(null, "Q", BigDecimal.ONE, "", List.of(), List.of(), null)));
  }
}
