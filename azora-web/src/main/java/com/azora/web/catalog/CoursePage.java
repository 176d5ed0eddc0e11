package com.azora.web.catalog;

import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.application.CatalogViews.CourseDetail;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;

/** A published course's public page; unknown or unpublished slugs get the 404 page. */
@Named
@RequestScoped
public class CoursePage {

  @EJB private CatalogService catalog;

  private String slug;
  private CourseDetail course;

  public void load() throws IOException {
    course = catalog.detail(slug).orElse(null);
    if (course == null) {
      Faces.notFound("No such course");
    }
  }

  public CourseCard getCard() {
    return course == null ? null : course.card();
  }

  public CourseDetail getCourse() {
    return course;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
