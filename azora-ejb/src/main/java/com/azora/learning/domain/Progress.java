package com.azora.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Progress arithmetic, kept out of services so it is plainly testable. */
public final class Progress {
  private Progress() {}

  /** Whole percent of the course's lessons done (0 for a course without lessons). */
  public static int percent(Set<Long> completed, Collection<Long> allLessons) {
    if (allLessons.isEmpty()) {
      return 0;
    }
    long done = allLessons.stream().filter(completed::contains).count();
    return (int) (done * 100 / allLessons.size());
  }

  /** Where "continue" goes: the first lesson in course order that is not done, else the last. */
  public static Long nextLesson(Set<Long> completed, List<Long> lessonsInOrder) {
    return lessonsInOrder.stream()
        .filter(id -> !completed.contains(id))
        .findFirst()
        .orElse(lessonsInOrder.isEmpty() ? null : lessonsInOrder.get(lessonsInOrder.size() - 1));
  }
}
