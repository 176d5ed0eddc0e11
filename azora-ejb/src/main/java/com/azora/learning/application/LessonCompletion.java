package com.azora.learning.application;

import com.azora.catalog.domain.Lesson;
import com.azora.catalog.domain.LessonType;
import com.azora.learning.domain.Enrolment;
import com.azora.learning.infrastructure.LearningEvents;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Completes a lesson for a learner inside the caller's transaction and records the learning events
 * that follow (quiz passed, lesson completed, course completed), each once. The lesson player calls
 * it for reading and video lessons; assessment calls it when a quiz is passed or an assignment is
 * graded as passed, acting for the student (the grader is not the learner).
 *
 * <p>It trusts its caller to have checked who may complete what for whom, so it only joins an
 * existing transaction ({@code MANDATORY}): pages cannot use it on its own.
 */
@Stateless
@RequiresAuthentication
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LessonCompletion {

  @PersistenceContext private EntityManager em;
  @Inject private LearningEvents events;
  @Inject private Clock clock;

  /**
   * Marks {@code lessonId} completed for {@code userId}. For a quiz, {@code scorePercent} is the
   * passing score and a QUIZ_PASSED event is recorded. Does nothing when the learner is not
   * enrolled or the enrolment is revoked.
   */
  public Enrolment.Outcome complete(long userId, long lessonId, BigDecimal scorePercent) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new IllegalArgumentException("No lesson " + lessonId);
    }
    long courseId =
        em.createQuery(
                "select m.course.id from CourseModule m join m.lessons l where l.id = :id",
                Long.class)
            .setParameter("id", lessonId)
            .getSingleResult();
    Enrolment e =
        em.createQuery(
                "select e from Enrolment e where e.userId = :u and e.courseId = :c",
                Enrolment.class)
            .setParameter("u", userId)
            .setParameter("c", courseId)
            // Two completions racing (two tabs, a regrade) must not both complete the course.
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (e == null || e.getStatus() == Enrolment.Status.REVOKED) {
      return new Enrolment.Outcome(false, false);
    }
    CourseOutline outline = CourseOutline.load(em, courseId);
    Enrolment.Outcome outcome =
        e.completeLesson(lessonId, outline.requiredIds(), Instant.now(clock));
    if (lesson.getType() == LessonType.QUIZ && scorePercent != null) {
      events.record(LearningEvents.Type.QUIZ_PASSED, userId, courseId, lessonId, scorePercent);
    }
    if (outcome.lessonNewlyCompleted()) {
      events.record(LearningEvents.Type.LESSON_COMPLETED, userId, courseId, lessonId);
    }
    if (outcome.courseCompleted()) {
      events.record(LearningEvents.Type.COURSE_COMPLETED, userId, courseId, null);
    }
    return outcome;
  }
}
