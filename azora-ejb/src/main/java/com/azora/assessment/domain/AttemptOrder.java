package com.azora.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** The order an attempt shows things in: authored order, or a random permutation of it. */
public final class AttemptOrder {
  private AttemptOrder() {}

  /** Positions 0..n-1, shuffled when asked. */
  public static List<Integer> of(int n, boolean shuffle, Random random) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    if (shuffle) {
      Collections.shuffle(order, random);
    }
    return order;
  }

  /** The items in the given order. */
  public static <T> List<T> apply(List<T> items, List<Integer> order) {
    return order.stream().map(items::get).toList();
  }
}
