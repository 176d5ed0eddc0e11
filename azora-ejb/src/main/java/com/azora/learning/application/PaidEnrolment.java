package com.azora.learning.application;

import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.learning.domain.Enrolment;
import com.azora.learning.infrastructure.LearningEvents;
import com.azora.platform.error.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Enrols a learner in a course someone paid for (with tokens, later with money), skipping the
 * free-course check of {@link LearningService#enrol(long)}. It joins the paying transaction ({@code
 * MANDATORY}), so the enrolment and the payment commit or fail together; pages cannot call it on
 * its own.
 */
@Stateless
@RequiresAuthentication
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaidEnrolment {

  @PersistenceContext private EntityManager em;
  @Inject private LearningEvents events;
  @Inject private Clock clock;

  /** Refuses when the learner already has the course, or the course takes no enrolments. */
  public void enrol(long userId, long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || c.getStatus() != CourseStatus.PUBLISHED) {
      throw DomainException.conflict(null, "This course is not open for enrolment.");
    }
    if (LessonAccess.find(em, userId, courseId).isPresent()) {
      throw DomainException.conflict(null, "You are already enrolled in this course.");
    }
    // The unique (user, course) key makes a concurrent second enrolment fail instead of doubling.
    em.persist(new Enrolment(userId, courseId, Instant.now(clock)));
    em.flush();
    events.record(LearningEvents.Type.ENROLMENT_CREATED, userId, courseId, null);
  }
}
