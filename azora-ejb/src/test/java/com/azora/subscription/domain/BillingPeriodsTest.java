package com.azora.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingPeriodsTest {

  private static final Instant JAN_31 = Instant.parse("2027-01-31T09:30:00Z");

  @Test
  void aMonthFromJanuaryThirtyFirstEndsOnTheLastDayOfFebruary() {
    assertEquals(
        Instant.parse("2027-02-28T09:30:00Z"),
        BillingPeriods.end(JAN_31, BillingInterval.MONTHLY, 0));
    assertEquals(
        Instant.parse("2028-02-29T09:30:00Z"),
        BillingPeriods.end(Instant.parse("2028-01-31T09:30:00Z"), BillingInterval.MONTHLY, 0));
  }

  @Test
  void laterPeriodsCountFromTheAnchorSoTheThirtyFirstComesBack() {
    assertEquals(
        Instant.parse("2027-03-31T09:30:00Z"),
        BillingPeriods.end(JAN_31, BillingInterval.MONTHLY, 1));
    assertEquals(
        Instant.parse("2027-04-30T09:30:00Z"),
        BillingPeriods.end(JAN_31, BillingInterval.MONTHLY, 2));
    assertEquals(
        Instant.parse("2027-02-28T09:30:00Z"),
        BillingPeriods.start(JAN_31, BillingInterval.MONTHLY, 1));
    assertEquals(JAN_31, BillingPeriods.start(JAN_31, BillingInterval.MONTHLY, 0));
  }

  @Test
  void anAnnualPeriodFromLeapDayEndsOnTheTwentyEighthThenComesBackToTheTwentyNinth() {
    Instant leap = Instant.parse("2028-02-29T00:00:00Z");
    assertEquals(
        Instant.parse("2029-02-28T00:00:00Z"), BillingPeriods.end(leap, BillingInterval.ANNUAL, 0));
    assertEquals(
        Instant.parse("2032-02-29T00:00:00Z"), BillingPeriods.end(leap, BillingInterval.ANNUAL, 3));
  }

  @Test
  void aNegativeIndexIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BillingPeriods.end(JAN_31, BillingInterval.MONTHLY, -1));
  }
}
