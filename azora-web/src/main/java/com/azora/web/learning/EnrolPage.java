package com.azora.web.learning;

import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.learning.application.LearningService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Confirms enrolment in a free course (a signed-in POST, so the view state guards it). */
@Named
@ViewScoped
public class EnrolPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogService catalog;
  @EJB private LearningService learning;

  private String slug;
  private CourseCard course;

  public void load() {
    if (course == null) {
      course = catalog.detail(slug).map(d -> d.card()).orElse(null);
    }
  }

  public String enrol() {
    try {
      long first = learning.enrol(slug);
      return "/learn/lesson?faces-redirect=true&id=" + first;
    } catch (DomainException e) {
      Faces.show(e, "enrol");
      return null;
    }
  }

  public CourseCard getCourse() {
    return course;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
