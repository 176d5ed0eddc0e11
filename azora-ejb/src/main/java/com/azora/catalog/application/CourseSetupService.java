package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.CourseRef;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.CourseThumbnail;
import com.azora.catalog.domain.Prerequisites;
import com.azora.platform.error.DomainException;
import com.azora.platform.image.ImageUpload;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * A course's instructors, thumbnail and prerequisites, changed by any of its instructors (the
 * object check is {@link AuthoredCourses#mine}).
 */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class CourseSetupService {

  @PersistenceContext private EntityManager em;

  @Inject private Event<CatalogChanged> catalogChanged;

  @Inject private Clock clock;

  // --- instructors --------------------------------------------------------------------------

  /** Adds an active educator, found by email, as a co-instructor. */
  public void addInstructor(long courseId, String email) {
    Course c = AuthoredCourses.mine(em, courseId);
    if (email == null || email.isBlank()) {
      throw DomainException.invalid("instructorEmail", "Enter the co-instructor's email address.");
    }
    @SuppressWarnings("unchecked")
    List<Number> found =
        em.createNativeQuery(
                "select u.id from app_user u join user_role r on r.user_id = u.id"
                    + " and r.role = 'EDUCATOR' where u.email = ?1 and u.status = 'ACTIVE'"
                    + " and u.email_verified_at is not null")
            .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (found.isEmpty()) {
      throw DomainException.invalid(
          "instructorEmail",
          "No active educator has this email address; they need an account with the educator"
              + " role first.");
    }
    if (!c.addInstructor(found.get(0).longValue())) {
      throw DomainException.invalid("instructorEmail", "This person already teaches the course.");
    }
  }

  /**
   * Removes an instructor (yourself included); the last one stays. Returns whether the caller
   * removed themself (and so can no longer open the course).
   */
  public boolean removeInstructor(long courseId, long userId) {
    Course c = AuthoredCourses.mine(em, courseId);
    CourseAuthoringService.inState(() -> c.removeInstructor(userId));
    return userId == CurrentUser.id();
  }

  // --- thumbnail ----------------------------------------------------------------------------

  /** Stores a PNG, JPEG or WebP thumbnail (checked by content, at most 1 MiB). */
  public void uploadThumbnail(long courseId, byte[] data) {
    Course c = AuthoredCourses.mine(em, courseId);
    String type =
        ImageUpload.check(
            data,
            CourseThumbnail.MAX_BYTES,
            CourseThumbnail.TYPES,
            "thumbnail",
            "PNG, JPEG or WebP");
    CourseThumbnail t = em.find(CourseThumbnail.class, c.getId());
    Instant now = Instant.now(clock);
    if (t == null) {
      em.persist(new CourseThumbnail(c.getId(), type, data, now));
    } else {
      t.replace(type, data, now);
    }
    catalogChanged.fire(new CatalogChanged(courseId));
  }

  public void removeThumbnail(long courseId) {
    Course c = AuthoredCourses.mine(em, courseId);
    CourseThumbnail t = em.find(CourseThumbnail.class, c.getId());
    if (t != null) {
      em.remove(t);
    }
    catalogChanged.fire(new CatalogChanged(courseId));
  }

  // --- prerequisites ------------------------------------------------------------------------

  /** Published courses whose title matches, to pick a prerequisite from (at most 20). */
  public List<CourseRef> findPublished(long courseId, String title) {
    AuthoredCourses.mine(em, courseId);
    String text = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    return em.createQuery(
            "select c.id, c.slug, c.title from Course c where c.status = :published"
                + " and c.id <> :self and lower(c.title) like :text order by lower(c.title)",
            Object[].class)
        .setParameter("published", CourseStatus.PUBLISHED)
        .setParameter("self", courseId)
        .setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%")
        .setMaxResults(20)
        .getResultStream()
        .map(r -> new CourseRef((Long) r[0], (String) r[1], (String) r[2], CourseStatus.PUBLISHED))
        .toList();
  }

  /** Makes the course require a published course; refuses itself and cycles. */
  public void addPrerequisite(long courseId, long requiredId) {
    Course c = AuthoredCourses.mine(em, courseId);
    Course required = em.find(Course.class, requiredId);
    if (required == null || required.getStatus() != CourseStatus.PUBLISHED) {
      throw DomainException.invalid("prerequisite", "Choose a published course.");
    }
    if (Prerequisites.wouldCycle(courseId, requiredId, this::requiresOf)) {
      throw DomainException.invalid(
          "prerequisite",
          "“"
              + required.getTitle()
              + "” already requires this course (directly or through"
              + " others); requiring it back would make both impossible to start.");
    }
    CourseAuthoringService.inState(() -> c.require(requiredId), "prerequisite");
  }

  public void removePrerequisite(long courseId, long requiredId) {
    Course c = AuthoredCourses.mine(em, courseId);
    CourseAuthoringService.inState(() -> c.dropPrerequisite(requiredId));
  }

  private Set<Long> requiresOf(long courseId) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "select required_course_id from course_prerequisite where course_id = ?1")
            .setParameter(1, courseId)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }
}
