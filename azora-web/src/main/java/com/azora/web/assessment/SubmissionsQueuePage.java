package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentGradingService;
import com.azora.assessment.application.AssignmentViews.QueueRow;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The grading queue: submissions to my courses' assignments, waiting ones oldest first. */
@Named
@ViewScoped
public class SubmissionsQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentGradingService grading;

  private boolean graded;
  private final PagedModel<QueueRow> rows =
      new PagedModel<>((first, size) -> grading.queue(graded, first, size));

  /** Applies the status choice (the table reloads its page from the service). */
  public void filter() {
    rows.setRowCount((int) grading.queue(graded, 0, 1).total());
  }

  public PagedModel<QueueRow> getRows() {
    return rows;
  }

  public boolean isGraded() {
    return graded;
  }

  public void setGraded(boolean graded) {
    this.graded = graded;
  }
}
