package com.azora.web.assessment;

import com.azora.assessment.application.QuizGradingService;
import com.azora.assessment.application.QuizViews.GradingItem;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The grading queue of essay answers, and the form that grades (or regrades) one. */
@Named
@ViewScoped
public class QuizGradingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuizGradingService grading;

  private boolean includeGraded;
  private Long answer;
  private GradingItem item;
  private BigDecimal points;
  private String feedback;

  private final PagedModel<GradingItem> queue =
      new PagedModel<>((first, size) -> grading.queue(includeGraded, first, size));

  public void load() {
    if (answer != null && item == null) {
      try {
        item = grading.item(answer);
        points = item.points();
        feedback = item.feedback();
      } catch (DomainException e) {
        NotFound.send(e);
      }
    }
  }

  public void filter() {
    // The lazy table reads includeGraded on its next load.
  }

  public void award() {
    if (item == null) {
      return;
    }
    try {
      item = grading.grade(item.answerId(), points, feedback);
      Faces.info("Grade saved; the attempt's score is updated.");
    } catch (DomainException e) {
      Faces.show(e, "grade");
    }
  }

  public PagedModel<GradingItem> getQueue() {
    return queue;
  }

  public boolean isIncludeGraded() {
    return includeGraded;
  }

  public void setIncludeGraded(boolean includeGraded) {
    this.includeGraded = includeGraded;
  }

  public Long getAnswer() {
    return answer;
  }

  public void setAnswer(Long answer) {
    this.answer = answer;
  }

  public GradingItem getItem() {
    return item;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }
}
