package com.azora.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A question in a course's bank. */
@Entity
@Table(name = "question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionType type;

  @Column(nullable = false)
  private String prompt;

  @Column(nullable = false)
  private BigDecimal points;

  @Column(nullable = false)
  private String explanation;

  @Column private String pattern;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<QuestionOption> options = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "question_accepted_answer",
      joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  @Column(name = "answer")
  private List<String> acceptedAnswers = new ArrayList<>();

  protected Question() {}

  public Question(long courseId, QuestionDraft draft, Instant now) {
    this.courseId = courseId;
    this.createdAt = now;
    apply(draft, now);
  }

  /** Replaces the question's content; the draft must be valid. */
  public void apply(QuestionDraft d, Instant now) {
    QuestionDraft.Problem p = d.problem();
    if (p != null) {
      throw new IllegalArgumentException(p.message());
    }
    this.type = d.type();
    this.prompt = d.prompt();
    this.points = d.points();
    this.explanation = d.explanation();
    this.pattern = d.type() == QuestionType.SHORT_ANSWER ? d.pattern() : null;
    this.options.clear();
    if (d.type().hasOptions()) {
      d.options().forEach(o -> options.add(new QuestionOption(o.text(), o.correct())));
    }
    this.acceptedAnswers.clear();
    if (d.type() == QuestionType.SHORT_ANSWER) {
      acceptedAnswers.addAll(d.acceptedAnswers());
    }
    this.updatedAt = now;
  }

  /** What the scorer needs to know about this question. */
  public QuizScorer.Key key() {
    return new QuizScorer.Key(
        type,
        points,
        options.stream().map(QuestionOption::isCorrect).toList(),
        List.copyOf(acceptedAnswers),
        pattern);
  }

  public QuestionDraft draft() {
    return new QuestionDraft(
        type,
        prompt,
        points,
        explanation,
        options.stream()
            .map(o -> new QuestionDraft.OptionDraft(o.getText(), o.isCorrect()))
            .toList(),
        List.copyOf(acceptedAnswers),
        pattern);
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public QuestionType getType() {
    return type;
  }

  public String getPrompt() {
    return prompt;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getPattern() {
    return pattern;
  }

  public List<QuestionOption> getOptions() {
    return Collections.unmodifiableList(options);
  }

  public List<String> getAcceptedAnswers() {
    return Collections.unmodifiableList(acceptedAnswers);
  }
}
