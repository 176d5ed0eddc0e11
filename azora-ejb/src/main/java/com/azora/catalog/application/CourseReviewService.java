package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.ReviewItem;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Admins approve courses for the catalog or send them back with a reason. */
@Stateless
@RequiresPermissions(Permissions.COURSES_REVIEW)
public class CourseReviewService {

  @PersistenceContext private EntityManager em;

  @Inject private Event<CatalogChanged> catalogChanged;

  @Inject private Clock clock;

  public List<ReviewItem> queue() {
    List<Course> waiting =
        em.createQuery(
                "select c from Course c where c.status = :s order by c.submittedAt", Course.class)
            .setParameter("s", CourseStatus.IN_REVIEW)
            .setMaxResults(200)
            .getResultList();
    List<Object[]> names =
        waiting.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select c.id, u.displayName from Course c join c.instructorIds i, UserAccount u"
                        + " where u.id = i and c.id in :ids",
                    Object[].class)
                .setParameter("ids", waiting.stream().map(Course::getId).toList())
                .getResultList();
    return waiting.stream()
        .map(
            c ->
                new ReviewItem(
                    c.getId(),
                    c.getSlug(),
                    c.getTitle(),
                    c.getCategory(),
                    names.stream()
                        .filter(n -> c.getId().equals(n[0]))
                        .map(n -> (String) n[1])
                        .sorted()
                        .collect(Collectors.joining(", ")),
                    c.getSubmittedAt()))
        .toList();
  }

  public void approve(long courseId, String note) {
    Course c = inReview(courseId);
    c.approve(note == null || note.isBlank() ? null : note.strip(), Instant.now(clock));
    catalogChanged.fire(new CatalogChanged(courseId));
  }

  public void reject(long courseId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "Say what the authors should change.");
    }
    inReview(courseId).reject(reason, Instant.now(clock));
  }

  private Course inReview(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || c.getStatus() != CourseStatus.IN_REVIEW) {
      throw DomainException.conflict(null, "This course is not waiting for review.");
    }
    return c;
  }
}
