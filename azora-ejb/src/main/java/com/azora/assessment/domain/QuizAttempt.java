package com.azora.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A student's attempt at a quiz. The deadline is fixed at the start; a submission after the
 * deadline plus {@link #GRACE} keeps none of its answers.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  /** Lifecycle of an attempt. */
  public enum Status {
    IN_PROGRESS,
    PENDING_REVIEW,
    GRADED
  }

  /** Network and clock slack for the auto-submit at zero. */
  public static final Duration GRACE = Duration.ofSeconds(5);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private Long quizId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.IN_PROGRESS;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "deadline", updatable = false)
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column private BigDecimal score;

  @Column(name = "max_score", nullable = false, updatable = false)
  private BigDecimal maxScore;

  @Column(name = "score_percent")
  private BigDecimal scorePercent;

  @Column(name = "passing_percent", nullable = false, updatable = false)
  private BigDecimal passingPercent;

  @Column private Boolean passed;

  @Version private long version;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AttemptAnswer> answers = new ArrayList<>();

  protected QuizAttempt() {}

  /**
   * Starts attempt {@code number}; {@code order} maps each question id, in the order shown, to its
   * option order; {@code points} gives each question's points at the start.
   */
  public QuizAttempt(
      long quizId,
      long userId,
      int number,
      Instant now,
      Duration timeLimit,
      BigDecimal passingPercent,
      Map<Long, List<Integer>> order,
      Map<Long, BigDecimal> points) {
    if (order.isEmpty()) {
      throw new IllegalStateException("This quiz has no questions yet.");
    }
    this.quizId = quizId;
    this.userId = userId;
    this.number = number;
    this.startedAt = now;
    this.deadline = timeLimit == null ? null : now.plus(timeLimit);
    this.passingPercent = passingPercent;
    BigDecimal max = BigDecimal.ZERO;
    int position = 0;
    for (Map.Entry<Long, List<Integer>> e : order.entrySet()) {
      BigDecimal p = Objects.requireNonNull(points.get(e.getKey()));
      answers.add(new AttemptAnswer(this, e.getKey(), position++, e.getValue(), p));
      max = max.add(p);
    }
    this.maxScore = max;
  }

  /** Whether an answer arriving at {@code now} is still counted. */
  public boolean acceptsAnswersAt(Instant now) {
    return deadline == null || !now.isAfter(deadline.plus(GRACE));
  }

  /**
   * Submits the attempt: answers arriving in time are scored, late ones are dropped (the attempt is
   * then scored as unanswered). Essays with text wait for a grader.
   */
  public void submit(
      Map<Long, QuizScorer.Response> responses, Map<Long, QuizScorer.Key> keys, Instant now) {
    if (status != Status.IN_PROGRESS) {
      throw new IllegalStateException("This attempt was already submitted.");
    }
    late = !acceptsAnswersAt(now);
    for (AttemptAnswer a : answers) {
      QuizScorer.Response r =
          late
              ? QuizScorer.Response.none()
              : responses.getOrDefault(a.getQuestionId(), QuizScorer.Response.none());
      a.answer(r, QuizScorer.score(keys.get(a.getQuestionId()), r));
    }
    submittedAt = late && deadline != null ? deadline : now;
    recompute();
  }

  /** A grader's points for one answer; returns whether the attempt newly passed. */
  public boolean grade(
      long answerId, BigDecimal awarded, String feedback, long graderId, Instant now) {
    if (status == Status.IN_PROGRESS) {
      throw new IllegalStateException("This attempt has not been submitted yet.");
    }
    AttemptAnswer a =
        answers.stream()
            .filter(x -> x.getId().equals(answerId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No such answer in this attempt."));
    boolean passedBefore = Boolean.TRUE.equals(passed);
    a.grade(awarded, feedback, graderId, now);
    recompute();
    return !passedBefore && Boolean.TRUE.equals(passed);
  }

  private void recompute() {
    if (answers.stream().anyMatch(AttemptAnswer::isNeedsReview)) {
      status = Status.PENDING_REVIEW;
      score = null;
      scorePercent = null;
      passed = null;
      return;
    }
    QuizScorer.Total t =
        QuizScorer.total(
            answers.stream().map(AttemptAnswer::getPoints).toList(), maxScore, passingPercent);
    status = Status.GRADED;
    score = t.score();
    scorePercent = t.percent();
    passed = t.passed();
  }

  public Long getId() {
    return id;
  }

  public Long getQuizId() {
    return quizId;
  }

  public Long getUserId() {
    return userId;
  }

  public int getNumber() {
    return number;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public BigDecimal getScore() {
    return score;
  }

  public BigDecimal getMaxScore() {
    return maxScore;
  }

  public BigDecimal getScorePercent() {
    return scorePercent;
  }

  public BigDecimal getPassingPercent() {
    return passingPercent;
  }

  public boolean isPassed() {
    return Boolean.TRUE.equals(passed);
  }

  public List<AttemptAnswer> getAnswers() {
    return Collections.unmodifiableList(answers);
  }
}
