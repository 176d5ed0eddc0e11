package com.azora.batch.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatchUpTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-04");

  @Test
  void withoutAnyRunOnlyYesterdaySettles() {
    assertEquals(List.of(TODAY.minusDays(1)), CatchUp.dates(Optional.empty(), TODAY, 31));
  }

  @Test
  void missedDatesAreCaughtUpOldestFirst() {
    assertEquals(
        List.of(
            LocalDate.parse("2026-12-01"),
            LocalDate.parse("2026-12-02"),
            LocalDate.parse("2026-12-03")),
        CatchUp.dates(Optional.of(LocalDate.parse("2026-11-30")), TODAY, 31));
  }

  @Test
  void upToDateMeansNothingAndALongGapIsCappedPerNight() {
    assertEquals(List.of(), CatchUp.dates(Optional.of(TODAY.minusDays(1)), TODAY, 31));
    assertEquals(List.of(), CatchUp.dates(Optional.of(TODAY.plusDays(20)), TODAY, 31));
    List<LocalDate> capped = CatchUp.dates(Optional.of(TODAY.minusDays(100)), TODAY, 31);
    assertEquals(31, capped.size());
    assertEquals(TODAY.minusDays(99), capped.get(0));
  }

  @Test
  void parametersReadStrictly() {
    assertEquals(300, SettlementJob.itemCount(null));
    assertEquals(50, SettlementJob.itemCount(" 50 "));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> SettlementJob.itemCount("0"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> com.azora.batch.BatchRuns.businessDate("yesterday"));
  }
}
