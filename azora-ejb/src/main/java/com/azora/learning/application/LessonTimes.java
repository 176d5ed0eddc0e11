package com.azora.learning.application;

import com.azora.learning.domain.TimeCredit;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Time spent per (enrolment, lesson) in {@code lesson_time}: the row is locked while a beat is
 * credited, so two beats at once cannot both count the same seconds.
 */
final class LessonTimes {
  private LessonTimes() {}

  /** Opening a lesson starts its clock (nothing is credited). */
  static void start(EntityManager em, long enrolmentId, long lessonId, Instant now) {
    TimeCredit.State next = TimeCredit.start(locked(em, enrolmentId, lessonId), now);
    save(em, enrolmentId, lessonId, 0, next);
  }

  /** Credits one heartbeat, bounded by {@link TimeCredit}; returns the seconds credited. */
  static int beat(EntityManager em, long enrolmentId, long lessonId, Instant now) {
    TimeCredit.Beat beat = TimeCredit.beat(locked(em, enrolmentId, lessonId), now);
    save(em, enrolmentId, lessonId, beat.credited(), beat.next());
    return beat.credited();
  }

  /** Seconds spent per enrolment, in one query. */
  static Map<Long, Long> totals(EntityManager em, List<Long> enrolmentIds) {
    Map<Long, Long> totals = new HashMap<>();
    if (enrolmentIds.isEmpty()) {
      return totals;
    }
    // Ids are numbers from our own query, so listing them inline is safe.
    String ids = enrolmentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select enrolment_id, sum(seconds) from lesson_time"
                    + " where enrolment_id in ("
                    + ids
                    + ") group by enrolment_id")
            .getResultList();
    for (Object[] r : rows) {
      totals.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return totals;
  }

  private static TimeCredit.State locked(EntityManager em, long enrolmentId, long lessonId) {
    em.createNativeQuery(
            "insert into lesson_time (enrolment_id, lesson_id) values (?1, ?2)"
                + " on conflict do nothing")
        .setParameter(1, enrolmentId)
        .setParameter(2, lessonId)
        .executeUpdate();
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select last_beat_at, day, day_seconds from lesson_time"
                        + " where enrolment_id = ?1 and lesson_id = ?2 for update")
                .setParameter(1, enrolmentId)
                .setParameter(2, lessonId)
                .getSingleResult();
    return new TimeCredit.State(
        r[0] == null ? null : ((Timestamp) r[0]).toInstant(),
        r[1] == null ? null : ((Date) r[1]).toLocalDate(),
        ((Number) r[2]).intValue());
  }

  private static void save(
      EntityManager em, long enrolmentId, long lessonId, int credited, TimeCredit.State s) {
    em.createNativeQuery(
            "update lesson_time set seconds = seconds + ?1, last_beat_at = ?2, day = ?3,"
                + " day_seconds = ?4 where enrolment_id = ?5 and lesson_id = ?6")
        .setParameter(1, credited)
        .setParameter(2, s.lastBeat() == null ? null : Timestamp.from(s.lastBeat()))
        .setParameter(3, s.day() == null ? null : Date.valueOf(s.day()))
        .setParameter(4, s.daySeconds())
        .setParameter(5, enrolmentId)
        .setParameter(6, lessonId)
        .executeUpdate();
  }
}
