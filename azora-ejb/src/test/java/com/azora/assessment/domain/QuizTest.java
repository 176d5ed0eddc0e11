package com.azora.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizTest {

  private static QuizSettings settings(String passing, int attempts, Integer minutes) {
    return new QuizSettings(
        new BigDecimal(passing), attempts, minutes, false, false, ShowAnswers.AFTER_SUBMISSION);
  }

  @Test
  void settingsAreChecked() {
    assertNull(settings("60", 3, null).problem());
    assertNull(settings("60", 3, 0).timeLimitMinutes(), "0 minutes means no limit");
    assertEquals("passingPercent", settings("100.5", 3, null).problem().field());
    assertEquals("attemptsAllowed", settings("60", 0, null).problem().field());
    assertEquals("timeLimit", settings("60", 1, 601).problem().field());
  }

  @Test
  void questionsAreAddedOnceAndReordered() {
    Quiz q = new Quiz();
    q.addQuestion(1);
    q.addQuestion(2);
    q.addQuestion(3);
    assertThrows(IllegalStateException.class, () -> q.addQuestion(2));
    q.move(3, -1);
    assertEquals(List.of(1L, 3L, 2L), q.getQuestionIds());
    q.move(1, -1);
    assertEquals(List.of(1L, 3L, 2L), q.getQuestionIds(), "no move past the top");
    q.removeQuestion(3);
    assertEquals(List.of(1L, 2L), q.getQuestionIds());
  }
}
