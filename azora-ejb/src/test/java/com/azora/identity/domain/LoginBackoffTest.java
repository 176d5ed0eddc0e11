package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackoffTest {

  @ParameterizedTest(name = "{0} failures, {1} free -> {2} s")
  @CsvSource({
    "0, 5, 0",
    "4, 5, 0",
    "-3, 5, 0",
    "5, 5, 5",
    "6, 5, 10",
    "7, 5, 20",
    "8, 5, 40",
    "14, 5, 900",
    "15, 5, 900",
    "16, 5, 900",
    "0, 0, 5",
    "1, 0, 10",
    "9, 0, 900",
    "10, 0, 900",
    "40, 5, 900",
    "70, 5, 900",
    "2147483647, 5, 900",
    "2147483647, 0, 900",
    "2147483647, 2147483647, 5",
    "-2147483648, 0, 0"
  })
  void startsAtFiveSecondsAndDoublesUpToFifteenMinutes(
      int failures, int freeFailures, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), LoginBackoff.lockFor(failures, freeFailures));
  }

  @Test
  void capIsFifteenMinutes() {
    assertEquals(Duration.ofMinutes(15), LoginBackoff.MAX_LOCK);
  }

  @Test
  void refusesNegativeFreeFailures() {
    assertThrows(IllegalArgumentException.class, () -> LoginBackoff.lockFor(3, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> LoginBackoff.lockFor(Integer.MAX_VALUE, Integer.MIN_VALUE));
  }
}
