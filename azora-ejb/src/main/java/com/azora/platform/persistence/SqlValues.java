package com.azora.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads values of native query rows, whose types depend on the driver and column. */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code timestamptz} (or {@code timestamp}) value as an instant; null stays null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Not a timestamp: " + value.getClass().getName());
  }
}
