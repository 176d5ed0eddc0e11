package com.azora.web.assessment;

import com.azora.assessment.application.QuizTakingService;
import com.azora.assessment.application.QuizViews.AttemptQuestion;
import com.azora.assessment.application.QuizViews.AttemptView;
import com.azora.assessment.application.QuizViews.ShownOption;
import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.QuizScorer;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Takes a quiz attempt (with the server's deadline as countdown) and shows its result. */
@Named
@ViewScoped
public class QuizAttemptPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuizTakingService taking;

  /** The inputs of one question while the attempt is open. */
  public static class AnswerInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient AttemptQuestion question;
    private String single;
    private String[] many = new String[0];
    private String text;

    AnswerInput(AttemptQuestion question) {
      this.question = question;
    }

    public AttemptQuestion getQuestion() {
      return question;
    }

    public String getSingle() {
      return single;
    }

    public void setSingle(String single) {
      this.single = single;
    }

    public String[] getMany() {
      return many;
    }

    public void setMany(String[] many) {
      this.many = many == null ? new String[0] : many;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    QuizScorer.Response response() {
      QuestionType type = question.type();
      if (type == QuestionType.MULTIPLE_CHOICE) {
        return new QuizScorer.Response(
            Arrays.stream(many).map(Integer::valueOf).collect(Collectors.toSet()), null);
      }
      if (type.hasOptions()) {
        return new QuizScorer.Response(
            single == null || single.isBlank() ? Set.of() : Set.of(Integer.valueOf(single)), null);
      }
      return new QuizScorer.Response(Set.of(), text);
    }
  }

  private long attempt;
  private AttemptView view;
  private List<AnswerInput> inputs = List.of();

  public void load() {
    if (view == null) {
      try {
        show(taking.attempt(attempt));
      } catch (DomainException e) {
        NotFound.send(e);
      }
    }
  }

  private void show(AttemptView v) {
    view = v;
    inputs = new ArrayList<>();
    for (AttemptQuestion q : v.questions()) {
      inputs.add(new AnswerInput(q));
    }
  }

  public void submit() {
    Map<Long, QuizScorer.Response> answers = new LinkedHashMap<>();
    try {
      for (AnswerInput in : inputs) {
        answers.put(in.getQuestion().questionId(), in.response());
      }
      AttemptView result = taking.submit(attempt, answers);
      Faces.info(
          result.late()
              ? "Submitted after the time limit: your answers were not counted."
              : "Quiz submitted.");
      Faces.keepMessages();
      Faces.redirect("/learn/quiz.xhtml?attempt=" + attempt);
    } catch (NumberFormatException e) {
      Faces.error(null, "An answer was not one of the options.");
    } catch (DomainException e) {
      Faces.show(e, "take");
    }
  }

  /** Milliseconds left by the server's clock, for the countdown; -1 without a time limit. */
  public long getRemainingMillis() {
    if (view == null || view.deadline() == null) {
      return -1;
    }
    return Math.max(0, Duration.between(Instant.now(), view.deadline()).toMillis());
  }

  /** The time left as m:ss, as the countdown starts. */
  public String getRemainingText() {
    long seconds = Math.max(0, getRemainingMillis()) / 1000;
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  /** The texts of the options a student chose, in the order shown. */
  public String chosen(AttemptQuestion q) {
    if (!q.type().hasOptions()) {
      return q.textAnswer() == null ? "(no answer)" : q.textAnswer();
    }
    String picked =
        q.options().stream()
            .filter(o -> q.selected().contains(o.index()))
            .map(ShownOption::text)
            .collect(Collectors.joining("; "));
    return picked.isEmpty() ? "(no answer)" : picked;
  }

  /** The correct options or accepted answers, when the quiz shows them. */
  public String correct(AttemptQuestion q) {
    if (q.type().hasOptions()) {
      return q.options().stream()
          .filter(o -> Boolean.TRUE.equals(o.correct()))
          .map(ShownOption::text)
          .collect(Collectors.joining("; "));
    }
    return String.join("; ", q.acceptedAnswers());
  }

  public AttemptView getView() {
    return view;
  }

  public List<AnswerInput> getInputs() {
    return inputs;
  }

  public long getAttempt() {
    return attempt;
  }

  public void setAttempt(long attempt) {
    this.attempt = attempt;
  }
}
