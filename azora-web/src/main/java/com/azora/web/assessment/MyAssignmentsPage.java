package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentSubmissionService;
import com.azora.assessment.application.AssignmentViews.MySubmission;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** My submissions across courses, with grades and feedback. */
@Named
@ViewScoped
public class MyAssignmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentSubmissionService submissions;

  private final PagedModel<MySubmission> rows =
      new PagedModel<>((first, size) -> submissions.mine(first, size));

  public PagedModel<MySubmission> getRows() {
    return rows;
  }
}
