package com.azora.web.learning;

import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.MyCourse;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The student's courses with progress and where to continue. */
@Named
@RequestScoped
public class MyLearningPage {

  @EJB private LearningService learning;

  private List<MyCourse> courses;

  public List<MyCourse> getCourses() {
    if (courses == null) {
      courses = learning.myCourses();
    }
    return courses;
  }
}
