package com.azora.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One question of an attempt: where it was shown, in which option order, what was answered and the
 * points it earned (or that it awaits a grader).
 */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id")
  private QuizAttempt attempt;

  @Column(name = "question_id", nullable = false, updatable = false)
  private Long questionId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "option_order", nullable = false, updatable = false)
  private String optionOrder;

  @Column(name = "max_points", nullable = false, updatable = false)
  private BigDecimal maxPoints;

  @Column(name = "selected_options")
  private String selectedOptions;

  @Column(name = "text_answer")
  private String textAnswer;

  @Column private BigDecimal points;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column private String feedback;

  @Column(name = "graded_by")
  private Long gradedBy;

  @Column(name = "graded_at")
  private Instant gradedAt;

  protected AttemptAnswer() {}

  AttemptAnswer(
      QuizAttempt attempt,
      long questionId,
      int position,
      List<Integer> optionOrder,
      BigDecimal maxPoints) {
    this.attempt = attempt;
    this.questionId = questionId;
    this.position = position;
    this.optionOrder = join(optionOrder);
    this.maxPoints = maxPoints;
  }

  /** Records the response and its automatic score ({@code null}: a grader decides). */
  void answer(QuizScorer.Response r, BigDecimal score) {
    selectedOptions = r.selected().isEmpty() ? null : join(r.selected().stream().sorted().toList());
    textAnswer = r.text() == null || r.text().isBlank() ? null : r.text().strip();
    points = score;
    needsReview = score == null;
  }

  /** A grader's points (0..max) and feedback; regrading replaces both. */
  void grade(BigDecimal awarded, String note, long graderId, Instant now) {
    if (awarded == null || awarded.signum() < 0 || awarded.compareTo(maxPoints) > 0) {
      throw new IllegalArgumentException(
          "Award between 0 and " + maxPoints.stripTrailingZeros().toPlainString() + " points.");
    }
    if (awarded.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Use at most two decimals.");
    }
    points = awarded;
    feedback = note == null || note.isBlank() ? null : note.strip();
    needsReview = false;
    gradedBy = graderId;
    gradedAt = now;
  }

  public QuizScorer.Response response() {
    return new QuizScorer.Response(parse(selectedOptions), textAnswer);
  }

  static String join(java.util.Collection<Integer> ints) {
    return ints.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static Set<Integer> parse(String s) {
    if (s == null || s.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(s.split(","))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public Long getId() {
    return id;
  }

  public QuizAttempt getAttempt() {
    return attempt;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public int getPosition() {
    return position;
  }

  /** Authored option positions in the order this attempt shows them. */
  public List<Integer> getOptionOrder() {
    return List.copyOf(parse(optionOrder));
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public String getTextAnswer() {
    return textAnswer;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public String getFeedback() {
    return feedback;
  }

  public Instant getGradedAt() {
    return gradedAt;
  }

  public Long getGradedBy() {
    return gradedBy;
  }
}
