package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentGradingService;
import com.azora.assessment.application.AssignmentViews.CriterionLine;
import com.azora.assessment.application.AssignmentViews.GradingSheet;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Grades one submission: points per rubric criterion and feedback. */
@Named
@ViewScoped
public class GradingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentGradingService grading;

  private long submission;
  private GradingSheet sheet;
  private final Map<Long, BigDecimal> points = new HashMap<>();
  private String feedback;

  public void load() throws IOException {
    if (sheet != null) {
      return;
    }
    try {
      fill(grading.sheet(submission));
    } catch (DomainException e) {
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().responseSendError(404, e.getMessage());
      ctx.responseComplete();
    }
  }

  private void fill(GradingSheet s) {
    sheet = s;
    points.clear();
    for (CriterionLine c : s.rubric()) {
      points.put(c.id(), s.scores().get(c.id()));
    }
    feedback = s.feedback();
  }

  public void save() {
    try {
      fill(grading.grade(submission, new HashMap<>(points), feedback, Faces.ip()));
      Faces.info(
          Boolean.TRUE.equals(sheet.passed())
              ? "Graded: passed. The lesson is complete for the student, who was told by mail."
              : "Graded: not passed yet. The student was told by mail.");
    } catch (DomainException e) {
      Faces.show(e, "grade");
    }
  }

  public GradingSheet getSheet() {
    return sheet;
  }

  /** Points per criterion id, bound from the rubric inputs. */
  public Map<Long, BigDecimal> getPoints() {
    return points;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public long getSubmission() {
    return submission;
  }

  public void setSubmission(long submission) {
    this.submission = submission;
  }
}
