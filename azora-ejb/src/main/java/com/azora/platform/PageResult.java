package com.azora.platform;

import java.util.List;

/** One page of rows plus the total count, both computed by the database. */
public record PageResult<T>(List<T> rows, long total) {
  public PageResult {
    rows = List.copyOf(rows);
  }
}
