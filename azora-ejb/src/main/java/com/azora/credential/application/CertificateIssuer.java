package com.azora.credential.application;

import com.azora.credential.domain.CertificateCode;
import com.azora.credential.domain.CertificateContent;
import com.azora.learning.domain.Enrolment;
import com.azora.learning.infrastructure.LearningEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Issues the certificate when a course is completed, inside the completing transaction (observed
 * {@code IN_PROGRESS}), so a rollback of the completion takes the certificate with it. The unique
 * (user, course) key makes a second issue a no-op.
 */
@ApplicationScoped
public class CertificateIssuer {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  void onRecorded(@Observes(during = TransactionPhase.IN_PROGRESS) LearningEvents.Recorded event) {
    if (event.type() == LearningEvents.Type.COURSE_COMPLETED) {
      issue(event.userId(), event.courseId());
    }
  }

  /** Issues once per learner and course; returns whether a new certificate was written. */
  boolean issue(long userId, long courseId) {
    Instant now = Instant.now(clock);
    Instant completedAt =
        em.createQuery(
                "select e from Enrolment e where e.userId = :u and e.courseId = :c",
                Enrolment.class)
            .setParameter("u", userId)
            .setParameter("c", courseId)
            .getResultStream()
            .findFirst()
            .map(Enrolment::getCompletedAt)
            .orElse(now);
    Object[] course =
        em.createQuery("select c.title, c.slug from Course c where c.id = :id", Object[].class)
            .setParameter("id", courseId)
            .getSingleResult();
    List<String> instructors =
        em.createQuery(
                "select u.displayName from Course c join c.instructorIds i, UserAccount u"
                    + " where u.id = i and c.id = :id",
                String.class)
            .setParameter("id", courseId)
            .getResultList();
    String learner =
        em.createQuery("select u.displayName from UserAccount u where u.id = :id", String.class)
            .setParameter("id", userId)
            .getSingleResult();
    CertificateContent facts =
        new CertificateContent(
            CertificateCode.generate(),
            learner,
            (String) course[0],
            (String) course[1],
            instructors,
            completedAt,
            now);
    return !em.createNativeQuery(
            "insert into certificate"
                + " (code, user_id, course_id, content, content_sha256, completed_at, issued_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " on conflict (user_id, course_id) do nothing returning id")
        .setParameter(1, facts.code())
        .setParameter(2, userId)
        .setParameter(3, courseId)
        .setParameter(4, facts.canonical())
        .setParameter(5, facts.sha256())
        .setParameter(6, facts.completedAt().atOffset(ZoneOffset.UTC))
        .setParameter(7, facts.issuedAt().atOffset(ZoneOffset.UTC))
        .getResultList()
        .isEmpty();
  }
}
