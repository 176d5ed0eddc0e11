package com.azora.assessment.application;

import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.QuizAttempt;
import com.azora.assessment.domain.QuizSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What quiz pages and the API show; records, never entities. */
public final class QuizViews {
  private QuizViews() {}

  /** A question in a bank or quiz list. */
  public record QuestionLine(
      long id, QuestionType type, String prompt, BigDecimal points, boolean used) {}

  /** A course's question bank. */
  public record QuestionBank(
      long courseId, String courseTitle, boolean editable, List<QuestionLine> questions) {}

  /** The quiz builder: settings, the quiz's questions in order, and the rest of the bank. */
  public record QuizBuilder(
      long lessonId,
      String lessonTitle,
      long courseId,
      String courseTitle,
      boolean editable,
      QuizSettings settings,
      List<QuestionLine> questions,
      List<QuestionLine> available) {}

  /** A quiz as the lesson player shows it to a student, with their attempts. */
  public record QuizOverview(
      long lessonId,
      BigDecimal passingPercent,
      int attemptsAllowed,
      int attemptsUsed,
      Integer timeLimitMinutes,
      int questionCount,
      Long openAttemptId,
      boolean passed,
      List<AttemptSummary> attempts) {
    public boolean canStart() {
      return openAttemptId == null && attemptsUsed < attemptsAllowed && questionCount > 0;
    }
  }

  /** One attempt in a list. */
  public record AttemptSummary(
      long id,
      long lessonId,
      String quizTitle,
      String courseTitle,
      int number,
      QuizAttempt.Status status,
      Instant startedAt,
      Instant submittedAt,
      BigDecimal scorePercent,
      boolean passed,
      boolean late) {}

  /** A line of my grades: an attempt and the feedback graders gave on it. */
  public record GradeLine(AttemptSummary attempt, List<String> feedback) {}

  /** An option as shown: its authored index (the value to send back), text, and correctness. */
  public record ShownOption(int index, String text, Boolean correct) {}

  /**
   * A question of an attempt. While the attempt is open, {@code explanation}, {@code correct} of
   * the options and {@code acceptedAnswers} are empty; after it, they follow the quiz's setting.
   */
  public record AttemptQuestion(
      long questionId,
      int position,
      QuestionType type,
      String prompt,
      BigDecimal maxPoints,
      List<ShownOption> options,
      List<Integer> selected,
      String textAnswer,
      BigDecimal points,
      boolean needsReview,
      String feedback,
      String explanation,
      List<String> acceptedAnswers) {
    public boolean selectedOption(int index) {
      return selected.contains(index);
    }
  }

  /** An attempt: to take it while open, or its result once submitted. */
  public record AttemptView(
      long id,
      long lessonId,
      String quizTitle,
      String courseTitle,
      int number,
      QuizAttempt.Status status,
      Instant startedAt,
      Instant deadline,
      Instant submittedAt,
      boolean late,
      BigDecimal score,
      BigDecimal maxScore,
      BigDecimal scorePercent,
      BigDecimal passingPercent,
      boolean passed,
      boolean correctAnswersShown,
      List<AttemptQuestion> questions) {
    public boolean open() {
      return status == QuizAttempt.Status.IN_PROGRESS;
    }

    /** Milliseconds since the epoch of the deadline, for the page's countdown; 0 without one. */
    public long deadlineMillis() {
      return deadline == null ? 0 : deadline.toEpochMilli();
    }
  }

  /** An essay answer in the grading queue. */
  public record GradingItem(
      long answerId,
      long attemptId,
      String courseTitle,
      String quizTitle,
      String student,
      Instant submittedAt,
      String prompt,
      String answer,
      BigDecimal maxPoints,
      BigDecimal points,
      String feedback,
      boolean awaitingReview) {}
}
