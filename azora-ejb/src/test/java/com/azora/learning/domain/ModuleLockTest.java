package com.azora.learning.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleLockTest {

  private static final List<ModuleLock.ModuleLessons> MODULES =
      List.of(
          new ModuleLock.ModuleLessons(List.of(1L, 2L, 3L), List.of(1L, 2L)),
          new ModuleLock.ModuleLessons(List.of(4L, 5L), List.of()),
          new ModuleLock.ModuleLessons(List.of(6L), List.of(6L)));
  private static final List<Boolean> LOCKED = List.of(true, true, false);

  @Test
  void theFirstModuleAndUnlockedModulesAreAlwaysOpen() {
    assertTrue(ModuleLock.isOpen(LOCKED, MODULES, 0, Set.of()));
    assertTrue(ModuleLock.isOpen(LOCKED, MODULES, 2, Set.of()));
  }

  @Test
  void aLockedModuleOpensOnceTheRequiredLessonsBeforeItAreDone() {
    assertFalse(ModuleLock.isOpen(LOCKED, MODULES, 1, Set.of(1L, 3L)));
    assertTrue(ModuleLock.isOpen(LOCKED, MODULES, 1, Set.of(1L, 2L)));
  }

  @Test
  void whenNoLessonIsMarkedRequiredAllOfThemCount() {
    List<Boolean> thirdLocked = List.of(false, false, true);
    assertFalse(ModuleLock.isOpen(thirdLocked, MODULES, 2, Set.of(4L)));
    assertTrue(ModuleLock.isOpen(thirdLocked, MODULES, 2, Set.of(4L, 5L)));
  }
}
