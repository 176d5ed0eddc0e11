package com.azora.assessment.application;

import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.LessonType;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Finds assignment lessons with their course, and who teaches a course, for the services. */
final class AssignmentLessons {
  private AssignmentLessons() {}

  /** An assignment lesson and its course. */
  record Ref(
      long lessonId,
      String lessonTitle,
      String content,
      long courseId,
      String courseTitle,
      CourseStatus courseStatus) {}

  static Optional<Ref> find(EntityManager em, long lessonId) {
    return em.createQuery(
            "select l.id, l.title, l.content, c.id, c.title, c.status"
                + " from CourseModule m join m.lessons l join m.course c"
                + " where l.id = :id and l.type = :t",
            Object[].class)
        .setParameter("id", lessonId)
        .setParameter("t", LessonType.ASSIGNMENT)
        .getResultStream()
        .findFirst()
        .map(
            r ->
                new Ref(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (Long) r[3],
                    (String) r[4],
                    (CourseStatus) r[5]));
  }

  static boolean teaches(EntityManager em, long courseId, long userId) {
    return em.createQuery(
                "select count(c) from Course c where c.id = :c and :u member of c.instructorIds",
                Long.class)
            .setParameter("c", courseId)
            .setParameter("u", userId)
            .getSingleResult()
        > 0;
  }
}
