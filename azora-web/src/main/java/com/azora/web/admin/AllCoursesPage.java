package com.azora.web.admin;

import com.azora.catalog.application.CatalogViews.AdminCourseRow;
import com.azora.catalog.application.CourseAdminService;
import com.azora.catalog.domain.CourseStatus;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Admin list of every course: search by title, filter by status, archive published ones, mark
 * courses premium.
 */
@Named
@ViewScoped
public class AllCoursesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseAdminService admin;

  private String title;
  private CourseStatus status;
  private final PagedModel<AdminCourseRow> courses =
      new PagedModel<>((first, size) -> admin.search(title, status, first, size));

  public void archive(long courseId) {
    try {
      admin.archive(courseId);
      Faces.info("Course archived: it left the catalog; enrolled students can still read it.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  /** Marks a course premium (subscribers only) or opens it to everyone again. */
  public void premium(long courseId, boolean premium) {
    try {
      admin.setPremium(courseId, premium);
      Faces.info(
          premium
              ? "Course marked premium: only subscribers whose plan includes premium courses enrol."
              : "Course is no longer premium.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public CourseStatus[] getStatuses() {
    return CourseStatus.values();
  }

  public PagedModel<AdminCourseRow> getCourses() {
    return courses;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public void setStatus(CourseStatus status) {
    this.status = status;
  }
}
