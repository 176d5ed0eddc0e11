package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.ReviewItem;
import com.azora.catalog.application.CourseReviewService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin review queue: publish a course or send it back with a reason. */
@Named
@ViewScoped
public class CourseReviewsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseReviewService reviews;

  private List<ReviewItem> queue;
  private String note;

  @PostConstruct
  void load() {
    queue = reviews.queue();
  }

  public void approve(long courseId) {
    decide(() -> reviews.approve(courseId, note), "Course published.");
  }

  public void reject(long courseId) {
    decide(() -> reviews.reject(courseId, note), "Course sent back to its authors.");
  }

  private void decide(Runnable decision, String success) {
    try {
      decision.run();
      note = null;
      Faces.info(success);
    } catch (DomainException e) {
      Faces.show(e, "reviews");
    }
    load();
  }

  public List<ReviewItem> getQueue() {
    return queue;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
