package com.azora.learning.application;

import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseModule;
import com.azora.catalog.domain.Lesson;
import java.util.ArrayList;
import java.util.List;

/** A course's lessons in reading order, with the module each belongs to. */
record CourseOutline(List<Lesson> lessons, List<CourseModule> modules) {

  static CourseOutline of(Course c) {
    List<Lesson> lessons = new ArrayList<>();
    List<CourseModule> modules = new ArrayList<>();
    for (CourseModule m : c.getModules()) {
      for (Lesson l : m.getLessons()) {
        lessons.add(l);
        modules.add(m);
      }
    }
    return new CourseOutline(lessons, modules);
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
