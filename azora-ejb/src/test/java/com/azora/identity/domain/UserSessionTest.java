package com.azora.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserSessionTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration ABSOLUTE = Duration.ofHours(12);

  @Test
  void activeWhileUsedWithinTheIdleLimit() {
    UserSession s = new UserSession(1L, "h", "127.0.0.1", "ua", T0);
    assertTrue(s.activeAt(T0.plus(Duration.ofMinutes(29)), IDLE, ABSOLUTE));
    assertFalse(s.activeAt(T0.plus(Duration.ofMinutes(30)), IDLE, ABSOLUTE));
  }

  @Test
  void activityExtendsTheIdleLimitButNotTheAbsoluteOne() {
    UserSession s = new UserSession(1L, "h", "127.0.0.1", "ua", T0);
    Instant t = T0;
    for (int i = 0; i < 24; i++) {
      t = t.plus(Duration.ofMinutes(29));
      s.touch(t);
    }
    assertTrue(s.activeAt(T0.plus(Duration.ofHours(11)), IDLE, ABSOLUTE));
    assertFalse(
        s.activeAt(T0.plus(ABSOLUTE), IDLE, ABSOLUTE), "absolute limit applies however active");
  }

  @Test
  void anEndedSessionStaysEnded() {
    UserSession s = new UserSession(1L, "h", null, null, T0);
    s.end("LOGOUT", T0.plusSeconds(1));
    s.touch(T0.plusSeconds(2));
    assertFalse(s.activeAt(T0.plusSeconds(3), IDLE, ABSOLUTE));
  }

  @Test
  void longUserAgentsAreCut() {
    UserSession s = new UserSession(1L, "h", null, "x".repeat(1000), T0);
    assertTrue(s.getUserAgent().length() <= 300);
  }
}
