package com.azora.web.review;

import com.azora.platform.error.DomainException;
import com.azora.review.application.ReviewService;
import com.azora.review.application.ReviewViews.InstructorReviews;
import com.azora.review.application.ReviewViews.ReviewLine;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** An instructor reads a course's reviews and replies to them; other users get the 404 page. */
@Named
@ViewScoped
public class TeachReviewsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  @EJB private ReviewService reviews;

  private long course;
  private int page = 1;
  private InstructorReviews data;
  private final Map<Long, String> replies = new HashMap<>();

  public void load() throws IOException {
    if (data != null) {
      return;
    }
    try {
      refresh();
    } catch (DomainException e) {
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().responseSendError(404, e.getMessage());
      ctx.responseComplete();
    }
  }

  private void refresh() {
    page = Math.max(1, page);
    data = reviews.forInstructor(course, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    replies.clear();
    for (ReviewLine r : data.reviews().rows()) {
      replies.put(r.id(), r.reply());
    }
  }

  public void reply(long reviewId) {
    try {
      reviews.reply(reviewId, replies.get(reviewId));
      refresh();
      Faces.info("Reply saved; it shows under the review on the course page.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return data != null && (long) page * PAGE_SIZE < data.reviews().total();
  }

  public InstructorReviews getData() {
    return data;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }

  public long getCourse() {
    return course;
  }

  public void setCourse(long course) {
    this.course = course;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
