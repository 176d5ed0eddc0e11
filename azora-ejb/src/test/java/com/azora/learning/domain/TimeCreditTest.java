package com.azora.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeCreditTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  private static TimeCredit.State opened() {
    return TimeCredit.start(TimeCredit.State.NONE, T0);
  }

  @Test
  void aBeatCreditsTheTimeSinceThePreviousBeat() {
    TimeCredit.Beat b = TimeCredit.beat(opened(), T0.plusSeconds(30));
    assertEquals(30, b.credited());
    assertEquals(T0.plusSeconds(30), b.next().lastBeat());
    assertEquals(30, b.next().daySeconds());
  }

  @Test
  void aBeatCreditsAtMostAMinuteHoweverLongTheGap() {
    assertEquals(60, TimeCredit.beat(opened(), T0.plusSeconds(3600)).credited());
  }

  @Test
  void theFirstBeatWithoutAnOpenedLessonOnlyStartsTheClock() {
    TimeCredit.Beat b = TimeCredit.beat(TimeCredit.State.NONE, T0);
    assertEquals(0, b.credited());
    assertEquals(T0, b.next().lastBeat());
  }

  @Test
  void beatsFasterThanTheMinimumGapCreditNothingAndDoNotMoveTheClock() {
    TimeCredit.State s = opened();
    int total = 0;
    for (int i = 1; i <= 4; i++) {
      TimeCredit.Beat b = TimeCredit.beat(s, T0.plusSeconds(i));
      total += b.credited();
      s = b.next();
    }
    assertEquals(0, total);
    assertEquals(T0, s.lastBeat());
    // Later, the credit is still bounded by the real elapsed time since the last counted beat.
    assertEquals(10, TimeCredit.beat(s, T0.plusSeconds(10)).credited());
  }

  @Test
  void manyBeatsNeverCreditMoreThanTheElapsedTime() {
    TimeCredit.State s = opened();
    long total = 0;
    for (int second = 1; second <= 600; second += 3) {
      TimeCredit.Beat b = TimeCredit.beat(s, T0.plusSeconds(second));
      total += b.credited();
      s = b.next();
    }
    assertTrue(total <= 600, "credited " + total);
  }

  @Test
  void aBeatFromBeforeThePreviousOneCreditsNothing() {
    TimeCredit.State s = TimeCredit.beat(opened(), T0.plusSeconds(30)).next();
    TimeCredit.Beat b = TimeCredit.beat(s, T0.plusSeconds(10));
    assertEquals(0, b.credited());
    assertEquals(s, b.next());
  }

  @Test
  void theDailyCapStopsCreditingAndANewDayStartsAfresh() {
    int cap = TimeCredit.DAILY_CAP_SECONDS;
    TimeCredit.State nearlyFull = new TimeCredit.State(T0, LocalDate.of(2026, 11, 22), cap - 20);
    TimeCredit.Beat b = TimeCredit.beat(nearlyFull, T0.plusSeconds(50));
    assertEquals(20, b.credited());
    assertEquals(cap, b.next().daySeconds());
    assertEquals(0, TimeCredit.beat(b.next(), T0.plusSeconds(100)).credited());

    Instant nextDay = Instant.parse("2026-11-23T00:00:30Z");
    TimeCredit.State lateNight =
        new TimeCredit.State(nextDay.minusSeconds(40), LocalDate.of(2026, 11, 22), cap);
    TimeCredit.Beat after = TimeCredit.beat(lateNight, nextDay);
    assertEquals(40, after.credited());
    assertEquals(LocalDate.of(2026, 11, 23), after.next().day());
    assertEquals(40, after.next().daySeconds());
  }

  @Test
  void openingAgainRestartsTheClockAndKeepsTheDaysCredit() {
    TimeCredit.State s = TimeCredit.beat(opened(), T0.plusSeconds(40)).next();
    TimeCredit.State reopened = TimeCredit.start(s, T0.plusSeconds(500));
    assertEquals(T0.plusSeconds(500), reopened.lastBeat());
    assertEquals(40, reopened.daySeconds());
    assertEquals(5, TimeCredit.beat(reopened, T0.plusSeconds(505)).credited());
  }
}
