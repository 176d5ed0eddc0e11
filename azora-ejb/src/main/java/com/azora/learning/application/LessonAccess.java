package com.azora.learning.application;

import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseModule;
import com.azora.catalog.domain.Lesson;
import com.azora.learning.domain.Enrolment;
import com.azora.learning.domain.ModuleLock;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The object check of the lesson player: a lesson opens for a learner enrolled in its course
 * (archived courses included), and only when its module is not locked behind an unfinished one.
 */
final class LessonAccess {
  private LessonAccess() {}

  /** A lesson with its course, outline and the caller's enrolment. */
  record Context(Course course, Lesson lesson, CourseOutline outline, Enrolment enrolment) {}

  /** 404 for anyone not enrolled; 403 with the reason when the lesson's module is locked. */
  static Context open(EntityManager em, long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    Long courseId =
        lesson == null
            ? null
            : em.createQuery(
                    "select m.course.id from CourseModule m join m.lessons l where l.id = :id",
                    Long.class)
                .setParameter("id", lessonId)
                .getSingleResult();
    Enrolment e = courseId == null ? null : find(em, CurrentUser.id(), courseId).orElse(null);
    if (e == null || e.getStatus() == Enrolment.Status.REVOKED) {
      throw DomainException.notFound("No such lesson in your courses.");
    }
    Course course = em.find(Course.class, courseId);
    CourseOutline outline = CourseOutline.load(em, courseId);
    requireUnlocked(outline, lesson, e);
    return new Context(course, lesson, outline, e);
  }

  private static void requireUnlocked(CourseOutline outline, Lesson lesson, Enrolment e) {
    List<CourseModule> modules = outline.allModules();
    CourseModule own = outline.moduleOf(lesson.getId());
    int index = -1;
    for (int i = 0; i < modules.size(); i++) {
      if (own != null && modules.get(i).getId().equals(own.getId())) {
        index = i;
      }
    }
    List<Boolean> locked = modules.stream().map(CourseModule::isLocked).toList();
    List<ModuleLock.ModuleLessons> lessons =
        modules.stream()
            .map(
                m ->
                    new ModuleLock.ModuleLessons(
                        outline.lessonsOf(m).stream().map(Lesson::getId).toList(),
                        outline.lessonsOf(m).stream()
                            .filter(Lesson::isRequired)
                            .map(Lesson::getId)
                            .toList()))
            .toList();
    if (!ModuleLock.isOpen(locked, lessons, index, e.getCompletedLessonIds())) {
      throw DomainException.forbidden(
          "This lesson is in the locked module “"
              + modules.get(index).getTitle()
              + "”: it opens when you complete the module “"
              + modules.get(index - 1).getTitle()
              + "”.");
    }
  }

  static Optional<Enrolment> find(EntityManager em, long userId, long courseId) {
    return em.createQuery(
            "select e from Enrolment e where e.userId = :u and e.courseId = :c", Enrolment.class)
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .getResultStream()
        .findFirst();
  }
}
