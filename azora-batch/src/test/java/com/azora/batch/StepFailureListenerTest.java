package com.azora.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepFailureListenerTest {

  @Test
  void theExitStatusNamesTheRootCause() {
    Exception e =
        new IllegalStateException(
            "chunk failed", new java.sql.SQLException("duplicate key value violates unique"));
    assertEquals(
        "FAILED: SQLException: duplicate key value violates unique",
        StepFailureListener.exitStatus(e));
  }

  @Test
  void aLongMessageIsCut() {
    String status = StepFailureListener.exitStatus(new RuntimeException("x".repeat(2000)));
    assertEquals(StepFailureListener.MAX_EXIT_STATUS, status.length());
  }
}
