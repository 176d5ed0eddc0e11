package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.AuthoredCourse;
import com.azora.catalog.application.CourseAuthoringService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The educator's courses and the form that starts a new one. */
@Named
@ViewScoped
public class TeachCoursesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseAuthoringService authoring;

  private List<AuthoredCourse> courses;
  private final DetailsForm form = new DetailsForm();

  @PostConstruct
  void load() {
    courses = authoring.myCourses();
  }

  public String create() {
    try {
      long id = authoring.create(form.toDetails());
      return "/teach/course?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Faces.show(e, "newCourse");
      return null;
    }
  }

  public List<AuthoredCourse> getCourses() {
    return courses;
  }

  public DetailsForm getForm() {
    return form;
  }
}
