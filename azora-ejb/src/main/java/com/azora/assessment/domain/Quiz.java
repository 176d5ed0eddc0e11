package com.azora.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The settings of a QUIZ lesson and its ordered questions (picked from the course's bank). The row
 * is created with the lesson (database trigger), so it is never persisted from here.
 */
@Entity
@Table(name = "quiz")
public class Quiz {

  @Id
  @Column(name = "lesson_id")
  private Long lessonId;

  @Column(name = "passing_percent", nullable = false)
  private BigDecimal passingPercent;

  @Column(name = "attempts_allowed", nullable = false)
  private int attemptsAllowed;

  @Column(name = "time_limit_minutes")
  private Integer timeLimitMinutes;

  @Column(name = "shuffle_questions", nullable = false)
  private boolean shuffleQuestions;

  @Column(name = "shuffle_options", nullable = false)
  private boolean shuffleOptions;

  @Enumerated(EnumType.STRING)
  @Column(name = "show_answers", nullable = false)
  private ShowAnswers showAnswers;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
  @OrderColumn(name = "position")
  @Column(name = "question_id")
  private List<Long> questionIds = new ArrayList<>();

  protected Quiz() {}

  public void configure(QuizSettings s) {
    QuestionDraft.Problem p = s.problem();
    if (p != null) {
      throw new IllegalArgumentException(p.message());
    }
    passingPercent = s.passingPercent();
    attemptsAllowed = s.attemptsAllowed();
    timeLimitMinutes = s.timeLimitMinutes();
    shuffleQuestions = s.shuffleQuestions();
    shuffleOptions = s.shuffleOptions();
    showAnswers = s.showAnswers();
  }

  public QuizSettings settings() {
    return new QuizSettings(
        passingPercent,
        attemptsAllowed,
        timeLimitMinutes,
        shuffleQuestions,
        shuffleOptions,
        showAnswers);
  }

  public void addQuestion(long questionId) {
    if (questionIds.contains(questionId)) {
      throw new IllegalStateException("That question is already in this quiz.");
    }
    if (questionIds.size() >= 200) {
      throw new IllegalStateException("A quiz holds at most 200 questions.");
    }
    questionIds.add(questionId);
  }

  public void removeQuestion(long questionId) {
    questionIds.remove(Long.valueOf(questionId));
  }

  /** Moves a question one place up ({@code -1}) or down ({@code +1}); no-op at the ends. */
  public void move(long questionId, int delta) {
    int i = questionIds.indexOf(questionId);
    int j = i + Integer.signum(delta);
    if (i < 0 || j < 0 || j >= questionIds.size()) {
      return;
    }
    Collections.swap(questionIds, i, j);
  }

  public Long getLessonId() {
    return lessonId;
  }

  public List<Long> getQuestionIds() {
    return Collections.unmodifiableList(questionIds);
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public BigDecimal getPassingPercent() {
    return passingPercent;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public ShowAnswers getShowAnswers() {
    return showAnswers;
  }
}
