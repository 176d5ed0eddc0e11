package com.azora.web.assessment;

import com.azora.assessment.application.QuizTakingService;
import com.azora.assessment.application.QuizViews.GradeLine;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** My grades: every quiz attempt with score, status and feedback, newest first. */
@Named
@ViewScoped
public class GradesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuizTakingService taking;

  private final PagedModel<GradeLine> model =
      new PagedModel<>((first, size) -> taking.grades(first, size));

  public PagedModel<GradeLine> getModel() {
    return model;
  }
}
