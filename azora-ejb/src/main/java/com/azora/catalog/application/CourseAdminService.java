package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.AdminCourseRow;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Admins see every course whatever its status, and archive published ones. */
@Stateless
@RequiresPermissions(Permissions.COURSES_REVIEW)
public class CourseAdminService {

  @PersistenceContext private EntityManager em;

  @Inject private Event<CatalogChanged> catalogChanged;

  @Inject private Clock clock;

  /** One page of all courses, by title text and status (both optional), newest change first. */
  public PageResult<AdminCourseRow> search(String title, CourseStatus status, int first, int size) {
    String text = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    String where =
        " from Course c where (:text = '' or lower(c.title) like :like)"
            + (status == null ? "" : " and c.status = :status");
    TypedQuery<Object[]> rows =
        em.createQuery(
                "select c.id, c.slug, c.title, c.status, c.updatedAt, c.premium"
                    + where
                    + " order by c.updatedAt desc, c.id desc",
                Object[].class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(size, 1), 100));
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      q.setParameter("text", text);
      q.setParameter("like", "%" + text.replace("%", "").replace("_", "") + "%");
      if (status != null) {
        q.setParameter("status", status);
      }
    }
    return new PageResult<>(
        rows.getResultStream()
            .map(
                r ->
                    new AdminCourseRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (CourseStatus) r[3],
                        (Instant) r[4],
                        (Boolean) r[5]))
            .toList(),
        count.getSingleResult());
  }

  /**
   * Marks a course premium (open to subscribers whose tier includes premium courses, enforced at
   * enrolment) or not.
   */
  public void setPremium(long courseId, boolean premium) {
    Course c = em.find(Course.class, courseId);
    if (c == null) {
      throw DomainException.notFound("No such course.");
    }
    c.setPremium(premium);
    catalogChanged.fire(new CatalogChanged(courseId));
  }

  /** Archives a published course: it leaves the catalog; enrolled students keep reading it. */
  public void archive(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null) {
      throw DomainException.notFound("No such course.");
    }
    CourseAuthoringService.inState(() -> c.archive(Instant.now(clock)));
    catalogChanged.fire(new CatalogChanged(courseId));
  }
}
