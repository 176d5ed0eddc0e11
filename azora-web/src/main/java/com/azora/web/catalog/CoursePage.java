package com.azora.web.catalog;

import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.application.CatalogViews.CourseDetail;
import com.azora.platform.PageResult;
import com.azora.platform.text.Markdown;
import com.azora.platform.text.SafeHtml;
import com.azora.review.application.ReviewService;
import com.azora.review.application.ReviewViews.RatingSummary;
import com.azora.review.application.ReviewViews.ReviewLine;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * A published course's public page with its ratings and a page of reviews (a GET parameter, so the
 * page stays stateless); unknown or unpublished slugs get the 404 page.
 */
@Named
@RequestScoped
public class CoursePage {

  static final int REVIEWS_PER_PAGE = 10;

  @EJB private CatalogService catalog;
  @EJB private ReviewService reviewService;

  private String slug;
  private int reviewPage = 1;
  private CourseDetail course;
  private SafeHtml description;
  private RatingSummary rating;
  private PageResult<ReviewLine> reviews;

  public void load() throws IOException {
    course = catalog.detail(slug).orElse(null);
    if (course == null) {
      Faces.notFound("No such course");
      return;
    }
    description = Markdown.render(course.description());
    rating = reviewService.summary(course.card().id());
    reviewPage = Math.max(1, reviewPage);
    reviews =
        reviewService.reviews(
            course.card().id(), (reviewPage - 1) * REVIEWS_PER_PAGE, REVIEWS_PER_PAGE);
  }

  public CourseCard getCard() {
    return course == null ? null : course.card();
  }

  public CourseDetail getCourse() {
    return course;
  }

  /** The description rendered from Markdown and sanitized. */
  public SafeHtml getDescription() {
    return description;
  }

  public RatingSummary getRating() {
    return rating;
  }

  public PageResult<ReviewLine> getReviews() {
    return reviews;
  }

  public boolean isHasPreviousReviews() {
    return reviewPage > 1;
  }

  public boolean isHasMoreReviews() {
    return reviews != null && (long) reviewPage * REVIEWS_PER_PAGE < reviews.total();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getReviewPage() {
    return reviewPage;
  }

  public void setReviewPage(int reviewPage) {
    this.reviewPage = reviewPage;
  }
}
