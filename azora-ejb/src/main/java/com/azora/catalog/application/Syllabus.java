package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.LessonLine;
import com.azora.catalog.application.CatalogViews.ModuleLine;
import com.azora.catalog.domain.LessonType;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A course's modules and lessons as lines for pages. */
final class Syllabus {
  private Syllabus() {}

  /**
   * The syllabus of a course in one query, however many modules it has (walking {@code
   * Course.getModules()} loads each module's lessons with a query of its own).
   */
  static List<ModuleLine> load(EntityManager em, long courseId) {
    Map<Long, ModuleLine> modules = new LinkedHashMap<>();
    em.createQuery(
            "select m.id, m.title, l.id, l.title, l.type, l.durationMinutes, l.required, m.locked"
                + " from CourseModule m left join m.lessons l where m.course.id = :id"
                + " order by m.position, l.position",
            Object[].class)
        .setParameter("id", courseId)
        .getResultStream()
        .forEach(
            r -> {
              ModuleLine module =
                  modules.computeIfAbsent(
                      (Long) r[0],
                      id -> new ModuleLine(id, (String) r[1], new ArrayList<>(), (Boolean) r[7]));
              if (r[2] != null) {
                module
                    .lessons()
                    .add(
                        new LessonLine(
                            (Long) r[2],
                            (String) r[3],
                            (LessonType) r[4],
                            (Integer) r[5],
                            (Boolean) r[6]));
              }
            });
    return modules.values().stream()
        .map(m -> new ModuleLine(m.id(), m.title(), List.copyOf(m.lessons()), m.locked()))
        .toList();
  }
}
