package com.azora.learning.application;

import com.azora.learning.domain.Enrolment;
import com.azora.learning.infrastructure.LearningEvents;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Enrols or un-enrols a learner for another context that has decided they may (or may no longer)
 * learn a course: payments after a purchase and after a full refund. It bypasses the price check of
 * {@link LearningService#enrol(String)} on purpose, so it only joins the caller's transaction
 * ({@code MANDATORY}) and is marked {@code @Anonymous} because a webhook with no signed-in user may
 * be that caller; pages cannot reach it on its own.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EnrolmentGrants {

  @PersistenceContext private EntityManager em;
  @Inject private LearningEvents events;
  @Inject private Clock clock;

  /** Creates the enrolment, or gives a revoked one back; an active one stays as it is. */
  public void grant(long userId, long courseId) {
    Enrolment e = find(userId, courseId);
    if (e == null) {
      e = new Enrolment(userId, courseId, Instant.now(clock));
      em.persist(e);
      em.flush();
      events.record(LearningEvents.Type.ENROLMENT_CREATED, userId, courseId, null);
    } else {
      e.reactivate();
    }
  }

  /** Revokes the enrolment if there is one. */
  public void revoke(long userId, long courseId) {
    Enrolment e = find(userId, courseId);
    if (e != null) {
      e.revoke();
    }
  }

  private Enrolment find(long userId, long courseId) {
    return em.createQuery(
            "select e from Enrolment e where e.userId = :u and e.courseId = :c", Enrolment.class)
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
