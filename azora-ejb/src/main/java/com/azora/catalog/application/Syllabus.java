package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.LessonLine;
import com.azora.catalog.application.CatalogViews.ModuleLine;
import com.azora.catalog.domain.Course;
import java.util.List;

/** A course's modules and lessons as lines for pages. */
final class Syllabus {
  private Syllabus() {}

  static List<ModuleLine> of(Course c) {
    return c.getModules().stream()
        .map(
            m ->
                new ModuleLine(
                    m.getId(),
                    m.getTitle(),
                    m.getLessons().stream()
                        .map(
                            l ->
                                new LessonLine(
                                    l.getId(),
                                    l.getTitle(),
                                    l.getType(),
                                    l.getDurationMinutes(),
                                    l.isRequired()))
                        .toList(),
                    m.isLocked()))
        .toList();
  }
}
