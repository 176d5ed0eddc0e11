package com.azora.learning.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How much a lesson-page heartbeat may credit, so time spent cannot be inflated: never more than
 * the time since the previous beat the server saw for this enrolment and lesson, at most {@link
 * #MAX_PER_BEAT_SECONDS} per beat, nothing for beats closer than {@link #MIN_GAP_SECONDS} (they do
 * not move the clock either), and at most {@link #DAILY_CAP_SECONDS} per lesson and UTC day.
 */
public final class TimeCredit {

  public static final int MAX_PER_BEAT_SECONDS = 60;
  public static final int MIN_GAP_SECONDS = 5;
  public static final int DAILY_CAP_SECONDS = 4 * 3600;

  private TimeCredit() {}

  /** What the server remembers between beats: the last beat, and the credit of its day. */
  public record State(Instant lastBeat, LocalDate day, int daySeconds) {
    public static final State NONE = new State(null, null, 0);
  }

  /** Seconds credited by a beat, and the state after it. */
  public record Beat(int credited, State next) {}

  /** Opening the lesson starts the clock without crediting anything. */
  public static State start(State s, Instant now) {
    LocalDate today = day(now);
    return new State(now, today, today.equals(s.day()) ? s.daySeconds() : 0);
  }

  public static Beat beat(State s, Instant now) {
    LocalDate today = day(now);
    int todaySoFar = today.equals(s.day()) ? s.daySeconds() : 0;
    if (s.lastBeat() == null) {
      return new Beat(0, new State(now, today, todaySoFar));
    }
    long elapsed = Duration.between(s.lastBeat(), now).getSeconds();
    if (elapsed < MIN_GAP_SECONDS) {
      return new Beat(0, s);
    }
    int credit =
        (int) Math.min(Math.min(elapsed, MAX_PER_BEAT_SECONDS), DAILY_CAP_SECONDS - todaySoFar);
    credit = Math.max(credit, 0);
    return new Beat(credit, new State(now, today, todaySoFar + credit));
  }

  private static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
