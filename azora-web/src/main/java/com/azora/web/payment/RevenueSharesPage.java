package com.azora.web.payment;

import com.azora.payment.application.RevenueShares;
import com.azora.payment.application.RevenueShares.CourseShare;
import com.azora.payment.application.RevenueShares.InstructorShare;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Admin revenue shares: the default instructors' share, the per-course and per-instructor
 * overrides, and forms to set, change or remove one.
 */
@Named
@ViewScoped
public class RevenueSharesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RevenueShares shares;

  private Long courseId;
  private BigDecimal coursePercent;
  private String email;
  private BigDecimal instructorPercent;
  private final PagedModel<CourseShare> courses =
      new PagedModel<>((first, size) -> shares.courses(first, size));
  private final PagedModel<InstructorShare> instructors =
      new PagedModel<>((first, size) -> shares.instructors(first, size));

  /** Sets or changes a course's share. */
  public void saveCourse() {
    try {
      shares.requireCourse(courseId);
      if (coursePercent == null) {
        throw DomainException.invalid("percent", "Enter a share from 0 to 100.");
      }
      shares.setCourseShare(courseId, coursePercent);
      Faces.info(
          "Course " + courseId + ": instructors get " + coursePercent.toPlainString() + " %.");
      courseId = null;
      coursePercent = null;
    } catch (DomainException e) {
      Faces.show(e, "course");
    }
  }

  public void removeCourse(long id) {
    try {
      shares.setCourseShare(id, null);
      Faces.info("Course " + id + " uses its instructor's or the default share again.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  /** Sets or changes an instructor's share for the courses they own. */
  public void saveInstructor() {
    try {
      long userId = shares.userByEmail(email);
      if (instructorPercent == null) {
        throw DomainException.invalid("percent", "Enter a share from 0 to 100.");
      }
      shares.setInstructorShare(userId, instructorPercent);
      Faces.info(
          email.strip() + " gets " + instructorPercent.toPlainString() + " % of their courses.");
      email = null;
      instructorPercent = null;
    } catch (DomainException e) {
      Faces.show(e, "instructor");
    }
  }

  public void removeInstructor(long userId) {
    try {
      shares.setInstructorShare(userId, null);
      Faces.info("The instructor's courses use the default share again.");
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public BigDecimal getDefaultPercent() {
    return shares.defaultPercent();
  }

  public PagedModel<CourseShare> getCourses() {
    return courses;
  }

  public PagedModel<InstructorShare> getInstructors() {
    return instructors;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public BigDecimal getCoursePercent() {
    return coursePercent;
  }

  public void setCoursePercent(BigDecimal coursePercent) {
    this.coursePercent = coursePercent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public BigDecimal getInstructorPercent() {
    return instructorPercent;
  }

  public void setInstructorPercent(BigDecimal instructorPercent) {
    this.instructorPercent = instructorPercent;
  }
}
