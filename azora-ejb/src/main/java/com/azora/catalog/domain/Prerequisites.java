package com.azora.catalog.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Rules about courses requiring other courses, kept pure so they are plainly testable. */
public final class Prerequisites {
  private Prerequisites() {}

  /**
   * Whether making {@code course} require {@code required} closes a cycle (itself included): true
   * when {@code course} is {@code required} or is reachable from it through {@code requiresOf}.
   */
  public static boolean wouldCycle(
      long course, long required, Function<Long, Set<Long>> requiresOf) {
    if (course == required) {
      return true;
    }
    Set<Long> seen = new HashSet<>();
    Deque<Long> todo = new ArrayDeque<>();
    todo.push(required);
    while (!todo.isEmpty()) {
      long next = todo.pop();
      if (!seen.add(next)) {
        continue;
      }
      for (Long r : requiresOf.apply(next)) {
        if (r == course) {
          return true;
        }
        todo.push(r);
      }
    }
    return false;
  }
}
