package com.azora.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

  private static final Instant FAILED = Instant.parse("2027-03-01T00:00:00Z");
  private final DunningSchedule schedule = DunningSchedule.ofDays("1, 3,7");

  @Test
  void retriesCountFromTheFirstFailure() {
    assertEquals(3, schedule.retries());
    assertEquals(
        Optional.of(Instant.parse("2027-03-02T00:00:00Z")), schedule.nextAttempt(FAILED, 1));
    assertEquals(
        Optional.of(Instant.parse("2027-03-04T00:00:00Z")), schedule.nextAttempt(FAILED, 2));
    assertEquals(
        Optional.of(Instant.parse("2027-03-08T00:00:00Z")), schedule.nextAttempt(FAILED, 3));
  }

  @Test
  void afterTheLastRetryThereIsNoNextAttempt() {
    assertEquals(Optional.empty(), schedule.nextAttempt(FAILED, 4));
    assertEquals(Optional.empty(), DunningSchedule.ofDays("").nextAttempt(FAILED, 1));
  }

  @Test
  void offsetsMustIncrease() {
    assertThrows(IllegalArgumentException.class, () -> DunningSchedule.ofDays("3,1"));
    assertThrows(IllegalArgumentException.class, () -> new DunningSchedule(List.of(Duration.ZERO)));
    assertThrows(IllegalArgumentException.class, () -> schedule.nextAttempt(FAILED, 0));
  }
}
