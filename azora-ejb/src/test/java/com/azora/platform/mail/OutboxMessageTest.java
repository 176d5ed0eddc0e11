package com.azora.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void failuresBackOffExponentiallyThenGiveUp() {
    OutboxMessage m = new OutboxMessage("a@b.co", "s", "b", "K", NOW);
    m.markFailed("smtp down", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(1)), m.getNextAttemptAt());
    m.markFailed("smtp down", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(2)), m.getNextAttemptAt());
    m.markFailed("smtp down", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(4)), m.getNextAttemptAt());
    for (int i = 3; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      m.markFailed("smtp down", NOW);
    }
    assertEquals(OutboxMessage.Status.FAILED, m.getStatus());
    assertEquals(OutboxMessage.MAX_ATTEMPTS, m.getAttempts());
  }

  @Test
  void sentClearsTheError() {
    OutboxMessage m = new OutboxMessage("a@b.co", "s", "b", "K", NOW);
    m.markFailed("x".repeat(5000), NOW);
    assertEquals(1000, m.getLastError().length());
    m.markSent(NOW.plusSeconds(60));
    assertEquals(OutboxMessage.Status.SENT, m.getStatus());
    assertNull(m.getLastError());
  }
}
