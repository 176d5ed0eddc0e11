package com.azora.catalog.application;

import com.azora.catalog.domain.Course;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.persistence.EntityManager;

/** The object-level check of authoring: a course is changed only by one of its instructors. */
final class AuthoredCourses {
  private AuthoredCourses() {}

  /** The course when the caller teaches it (any instructor, co-instructors included); else 404. */
  static Course mine(EntityManager em, long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !c.isInstructor(CurrentUser.id())) {
      throw DomainException.notFound("No such course among yours.");
    }
    return c;
  }
}
