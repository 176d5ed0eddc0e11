package com.azora.assessment.domain;

import java.math.BigDecimal;

/** A quiz's settings as the builder edits them; {@link #problem()} names the field at fault. */
public record QuizSettings(
    BigDecimal passingPercent,
    int attemptsAllowed,
    Integer timeLimitMinutes,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    ShowAnswers showAnswers) {

  public QuizSettings {
    showAnswers = showAnswers == null ? ShowAnswers.AFTER_SUBMISSION : showAnswers;
    timeLimitMinutes = timeLimitMinutes == null || timeLimitMinutes == 0 ? null : timeLimitMinutes;
  }

  public QuestionDraft.Problem problem() {
    if (passingPercent == null
        || passingPercent.signum() < 0
        || passingPercent.compareTo(BigDecimal.valueOf(100)) > 0
        || passingPercent.stripTrailingZeros().scale() > 2) {
      return new QuestionDraft.Problem("passingPercent", "The passing score is 0 to 100 %.");
    }
    if (attemptsAllowed < 1 || attemptsAllowed > 100) {
      return new QuestionDraft.Problem("attemptsAllowed", "Allow 1 to 100 attempts.");
    }
    if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > 600)) {
      return new QuestionDraft.Problem(
          "timeLimit", "The time limit is 1 to 600 minutes, or empty for none.");
    }
    return null;
  }
}
