package com.azora.web.review;

import com.azora.platform.error.DomainException;
import com.azora.review.application.ReviewService;
import com.azora.review.application.ReviewViews.MyReview;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** A student rates and reviews a course, or edits their review; others see why they cannot. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewService reviews;

  private String course;
  private MyReview review;
  private Integer rating;
  private String body;

  public void load() throws IOException {
    if (review != null) {
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
    review = reviews.mine(course);
    rating = review.rating();
    body = review.body();
  }

  public void save() {
    try {
      if (review.reviewId() == null) {
        reviews.create(course, rating, body);
        Faces.info("Thank you: your review is published on the course page.");
      } else {
        reviews.edit(review.reviewId(), rating, body);
        Faces.info("Your review is updated.");
      }
      refresh();
    } catch (DomainException e) {
      Faces.show(e, "review");
    }
  }

  public int[] getStarChoices() {
    return new int[] {5, 4, 3, 2, 1};
  }

  public MyReview getReview() {
    return review;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
