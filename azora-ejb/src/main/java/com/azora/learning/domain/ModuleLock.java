package com.azora.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** When a module locked "until the previous module is completed" opens. */
public final class ModuleLock {
  private ModuleLock() {}

  /** A module's lessons in order, with which of them are required. */
  public record ModuleLessons(List<Long> lessonIds, List<Long> requiredIds) {
    /** The lessons that complete the module: those marked required, or all when none is. */
    public Collection<Long> completing() {
      return requiredIds.isEmpty() ? lessonIds : requiredIds;
    }
  }

  /**
   * Whether the module at {@code index} is open to a learner who completed {@code completed}: an
   * unlocked module, or the first, always is; a locked one once every lesson completing the module
   * before it is done.
   */
  public static boolean isOpen(
      List<Boolean> locked, List<ModuleLessons> modules, int index, Set<Long> completed) {
    if (index <= 0 || !locked.get(index)) {
      return true;
    }
    return completed.containsAll(modules.get(index - 1).completing());
  }
}
