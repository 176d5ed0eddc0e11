package com.azora.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

  // 3 requires 2, 2 requires 1, 4 requires 1 and 3.
  private static final Map<Long, Set<Long>> REQUIRES =
      Map.of(3L, Set.of(2L), 2L, Set.of(1L), 4L, Set.of(1L, 3L));

  private static boolean cycle(long course, long required) {
    return Prerequisites.wouldCycle(course, required, id -> REQUIRES.getOrDefault(id, Set.of()));
  }

  @Test
  void aCourseCannotRequireItself() {
    assertTrue(cycle(5, 5));
  }

  @Test
  void requiringACourseThatRequiresThisOneIsACycle() {
    assertTrue(cycle(2, 3));
    assertTrue(cycle(1, 4));
    assertTrue(cycle(1, 2));
  }

  @Test
  void unrelatedAndForwardRequirementsAreFine() {
    assertFalse(cycle(3, 1));
    assertFalse(cycle(5, 4));
    assertFalse(cycle(2, 6));
  }

  @Test
  void sharedPrerequisitesAreNoCycle() {
    // 4 already requires 1 through two paths (directly and via 3 -> 2 -> 1).
    assertFalse(cycle(4, 2));
  }
}
