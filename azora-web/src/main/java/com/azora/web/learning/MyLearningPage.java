package com.azora.web.learning;

import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.MyCourse;
import com.azora.review.application.ReviewService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The student's courses with progress and where to continue. */
@Named
@RequestScoped
public class MyLearningPage {

  @EJB private LearningService learning;
  @EJB private ReviewService reviews;

  private List<MyCourse> courses;
  private Set<Long> reviewable;

  public List<MyCourse> getCourses() {
    if (courses == null) {
      courses = learning.myCourses();
    }
    return courses;
  }

  /** Whether the student may rate and review the course (a lesson done, enrolment live). */
  public boolean canReview(long courseId) {
    if (reviewable == null) {
      reviewable = reviews.reviewableCourseIds();
    }
    return reviewable.contains(courseId);
  }
}
