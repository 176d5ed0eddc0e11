package com.azora.learning.application;

import com.azora.catalog.domain.Course;
import com.azora.learning.application.CourseAnalytics.DayCount;
import com.azora.learning.application.CourseAnalytics.LessonReach;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * What a course's instructors see about it: enrolments over time, completion rate and how far
 * learners get lesson by lesson, time spent and quiz scores. A fixed number of aggregate queries,
 * whatever the course size.
 */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class CourseAnalyticsService {

  /** How far back the enrolment chart reaches. */
  static final int DAYS = 90;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public CourseAnalytics forCourse(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !c.isInstructor(CurrentUser.id())) {
      throw DomainException.notFound("No such course among yours.");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = today.minusDays(DAYS - 1L);
    Object[] totals =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where status = 'COMPLETED'),"
                        + " count(*) filter (where enrolled_at < cast(?2 as date))"
                        + " from enrolment where course_id = ?1 and status <> 'REVOKED'")
                .setParameter(1, courseId)
                .setParameter(2, Date.valueOf(from))
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> days =
        em.createNativeQuery(
                "select cast(enrolled_at at time zone 'UTC' as date) as d, count(*)"
                    + " from enrolment where course_id = ?1 and status <> 'REVOKED'"
                    + " and enrolled_at >= cast(?2 as date) group by d order by d")
            .setParameter(1, courseId)
            .setParameter(2, Date.valueOf(from))
            .getResultList();
    // Per lesson in reading order: learners who completed it, average time spent by those who
    // spent any, and for quizzes the average graded score. Correlated subqueries keep it one
    // statement whatever the number of lessons.
    @SuppressWarnings("unchecked")
    List<Object[]> lessons =
        em.createNativeQuery(
                "select l.id, l.title, m.title as module_title,"
                    + " (select count(*) from lesson_progress lp join enrolment e"
                    + "   on e.id = lp.enrolment_id and e.status <> 'REVOKED'"
                    + "   where lp.lesson_id = l.id),"
                    + " (select round(avg(lt.seconds) / 60.0, 1) from lesson_time lt join enrolment e"
                    + "   on e.id = lt.enrolment_id and e.status <> 'REVOKED'"
                    + "   where lt.lesson_id = l.id and lt.seconds > 0),"
                    + " (select round(avg(a.score_percent), 2) from quiz_attempt a"
                    + "   where a.quiz_id = l.id and a.status = 'GRADED')"
                    + " from course_module m join lesson l on l.module_id = m.id"
                    + " where m.course_id = ?1 order by m.position, l.position")
            .setParameter(1, courseId)
            .getResultList();
    Object average =
        em.createNativeQuery(
                "select round(avg(a.score_percent), 2) from quiz_attempt a"
                    + " join lesson l on l.id = a.quiz_id join course_module m on m.id = l.module_id"
                    + " where m.course_id = ?1 and a.status = 'GRADED'")
            .setParameter(1, courseId)
            .getSingleResult();
    return CourseAnalytics.of(
        c.getId(),
        c.getTitle(),
        ((Number) totals[0]).longValue(),
        ((Number) totals[1]).longValue(),
        ((Number) totals[2]).longValue(),
        CourseAnalytics.everyDay(
            from,
            today,
            days.stream()
                .map(r -> new DayCount(((Date) r[0]).toLocalDate(), ((Number) r[1]).longValue()))
                .toList()),
        lessons.stream()
            .map(
                r ->
                    new LessonReach(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        (BigDecimal) r[4],
                        (BigDecimal) r[5]))
            .toList(),
        (BigDecimal) average);
  }
}
