package com.azora.learning.application;

import com.azora.catalog.domain.CourseModule;
import com.azora.catalog.domain.Lesson;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * A course's lessons in reading order, with the module each belongs to ({@code modules} runs
 * parallel to {@code lessons}), and every module in order, lessons or not ({@code allModules}).
 */
record CourseOutline(
    List<Lesson> lessons, List<CourseModule> modules, List<CourseModule> allModules) {

  /**
   * Loads the outline in two queries whatever the course's size (walking {@code
   * Course.getModules()} would load each module's lessons with a query of its own).
   */
  static CourseOutline load(EntityManager em, long courseId) {
    List<CourseModule> all =
        em.createQuery(
                "select m from CourseModule m where m.course.id = :id order by m.position",
                CourseModule.class)
            .setParameter("id", courseId)
            .getResultList();
    List<Lesson> lessons = new ArrayList<>();
    List<CourseModule> modules = new ArrayList<>();
    em.createQuery(
            "select l, m from Lesson l join l.module m where m.course.id = :id"
                + " order by m.position, l.position",
            Object[].class)
        .setParameter("id", courseId)
        .getResultList()
        .forEach(
            r -> {
              lessons.add((Lesson) r[0]);
              modules.add((CourseModule) r[1]);
            });
    return new CourseOutline(lessons, modules, all);
  }

  /** The module of a lesson of this course, or null. */
  CourseModule moduleOf(long lessonId) {
    int i = indexOf(lessonId);
    return i < 0 ? null : modules.get(i);
  }

  /** The lessons of one module, in order. */
  List<Lesson> lessonsOf(CourseModule module) {
    List<Lesson> result = new ArrayList<>();
    for (int i = 0; i < lessons.size(); i++) {
      if (modules.get(i).getId().equals(module.getId())) {
        result.add(lessons.get(i));
      }
    }
    return result;
  }

  List<Long> ids() {
    return lessons.stream().map(Lesson::getId).toList();
  }

  /** The lessons that complete the course: those marked required, or all when none is. */
  List<Long> requiredIds() {
    List<Long> required = lessons.stream().filter(Lesson::isRequired).map(Lesson::getId).toList();
    return required.isEmpty() ? ids() : required;
  }

  int indexOf(long lessonId) {
    for (int i = 0; i < lessons.size(); i++) {
      if (lessons.get(i).getId() == lessonId) {
        return i;
      }
    }
    return -1;
  }
}
