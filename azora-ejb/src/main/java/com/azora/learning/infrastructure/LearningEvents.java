package com.azora.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * Records learning events in the caller's transaction, once per business key (a second record of
 * the same event is a no-op), and announces newly recorded ones as CDI events; observers that move
 * money listen with {@code during = AFTER_SUCCESS}.
 */
@ApplicationScoped
public class LearningEvents {

  /** What happened. */
  public enum Type {
    ENROLMENT_CREATED,
    LESSON_COMPLETED,
    QUIZ_PASSED,
    COURSE_COMPLETED
  }

  /**
   * The announced event; {@code id} is the durable record's id, {@code scorePercent} is set for
   * {@link Type#QUIZ_PASSED}.
   */
  public record Recorded(
      long id, Type type, long userId, long courseId, Long lessonId, BigDecimal scorePercent) {}

  @PersistenceContext private EntityManager em;
  @Inject private Event<Recorded> announce;

  public void record(Type type, long userId, long courseId, Long lessonId) {
    record(type, userId, courseId, lessonId, null);
  }

  public void record(
      Type type, long userId, long courseId, Long lessonId, BigDecimal scorePercent) {
    String key = type + ":" + userId + ":" + courseId + (lessonId == null ? "" : ":" + lessonId);
    @SuppressWarnings("unchecked")
    java.util.List<Object> inserted =
        em.createNativeQuery(
                "insert into learning_event"
                    + " (type, user_id, course_id, lesson_id, event_key, score_percent)"
                    + " values (?1, ?2, ?3, cast(?4 as bigint), ?5, cast(?6 as numeric))"
                    + " on conflict (event_key) do nothing returning id")
            .setParameter(1, type.name())
            .setParameter(2, userId)
            .setParameter(3, courseId)
            .setParameter(4, lessonId)
            .setParameter(5, key)
            .setParameter(6, scorePercent)
            .getResultList();
    if (!inserted.isEmpty()) {
      announce.fire(
          new Recorded(
              ((Number) inserted.get(0)).longValue(),
              type,
              userId,
              courseId,
              lessonId,
              scorePercent));
    }
  }
}
