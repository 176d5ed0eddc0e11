package com.azora.catalog.application;

import com.azora.catalog.domain.Course;
import com.azora.platform.security.AzoraPrincipal;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import org.apache.shiro.SecurityUtils;

/** Who may see a course that is not (or no longer) in the catalog: its instructors and admins. */
final class CourseAccess {
  private CourseAccess() {}

  static boolean canSeeUnpublished(Course c) {
    return CurrentUser.find()
        .map(AzoraPrincipal::userId)
        .map(
            me ->
                c.isInstructor(me)
                    || SecurityUtils.getSubject().isPermitted(Permissions.COURSES_REVIEW))
        .orElse(false);
  }
}
