package com.azora.web.assessment;

import com.azora.assessment.application.QuizBuilderService;
import com.azora.assessment.application.QuizViews.QuizBuilder;
import com.azora.assessment.domain.QuizSettings;
import com.azora.assessment.domain.ShowAnswers;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The quiz builder: settings and the ordered questions picked from the course's bank. */
@Named
@ViewScoped
public class QuizBuilderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuizBuilderService builderService;

  private long lesson;
  private QuizBuilder quiz;
  private BigDecimal passingPercent;
  private int attemptsAllowed;
  private Integer timeLimit;
  private boolean shuffleQuestions;
  private boolean shuffleOptions;
  private ShowAnswers showAnswers;

  public void load() {
    if (quiz == null) {
      try {
        refresh();
      } catch (DomainException e) {
        NotFound.send(e);
      }
    }
  }

  private void refresh() {
    quiz = builderService.builder(lesson);
    QuizSettings s = quiz.settings();
    passingPercent = s.passingPercent();
    attemptsAllowed = s.attemptsAllowed();
    timeLimit = s.timeLimitMinutes();
    shuffleQuestions = s.shuffleQuestions();
    shuffleOptions = s.shuffleOptions();
    showAnswers = s.showAnswers();
  }

  public void save() {
    run(
        () ->
            builderService.configure(
                lesson,
                new QuizSettings(
                    passingPercent,
                    attemptsAllowed,
                    timeLimit,
                    shuffleQuestions,
                    shuffleOptions,
                    showAnswers)),
        "settings",
        "Quiz settings saved.");
  }

  public void add(long questionId) {
    run(
        () -> builderService.addQuestion(lesson, questionId),
        "bank",
        "Question added to the quiz.");
  }

  public void remove(long questionId) {
    run(() -> builderService.removeQuestion(lesson, questionId), "picked", "Question removed.");
  }

  public void up(long questionId) {
    run(() -> builderService.moveQuestion(lesson, questionId, -1), "picked", "Order changed.");
  }

  public void down(long questionId) {
    run(() -> builderService.moveQuestion(lesson, questionId, 1), "picked", "Order changed.");
  }

  private void run(Runnable action, String formId, String success) {
    try {
      action.run();
      refresh();
      Faces.info(success);
    } catch (DomainException e) {
      Faces.show(e, formId);
    }
  }

  public ShowAnswers[] getShowAnswersChoices() {
    return ShowAnswers.values();
  }

  public QuizBuilder getQuiz() {
    return quiz;
  }

  public long getLesson() {
    return lesson;
  }

  public void setLesson(long lesson) {
    this.lesson = lesson;
  }

  public BigDecimal getPassingPercent() {
    return passingPercent;
  }

  public void setPassingPercent(BigDecimal passingPercent) {
    this.passingPercent = passingPercent;
  }

  public int getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public void setAttemptsAllowed(int attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  public Integer getTimeLimit() {
    return timeLimit;
  }

  public void setTimeLimit(Integer timeLimit) {
    this.timeLimit = timeLimit;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public void setShuffleOptions(boolean shuffleOptions) {
    this.shuffleOptions = shuffleOptions;
  }

  public ShowAnswers getShowAnswers() {
    return showAnswers;
  }

  public void setShowAnswers(ShowAnswers showAnswers) {
    this.showAnswers = showAnswers;
  }
}
