package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.CourseRef;
import com.azora.catalog.domain.CourseStatus;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** Loads links to courses by id in one query, ordered by title. */
final class CourseRefs {
  private CourseRefs() {}

  static List<CourseRef> of(EntityManager em, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c.id, c.slug, c.title, c.status from Course c where c.id in :ids"
                + " order by lower(c.title)",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(r -> new CourseRef((Long) r[0], (String) r[1], (String) r[2], (CourseStatus) r[3]))
        .toList();
  }
}
