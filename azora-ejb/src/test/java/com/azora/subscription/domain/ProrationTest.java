package com.azora.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProrationTest {

  private static final Instant START = Instant.parse("2027-04-01T00:00:00Z");
  private static final Instant END = Instant.parse("2027-05-01T00:00:00Z"); // 30 days

  private static Proration.Quote quote(String from, String to, Instant now) {
    return Proration.upgrade(
        new BigDecimal(from), new BigDecimal(to), START, END, now, LedgerCurrency.USD);
  }

  @Test
  void halfwayThroughThePeriodCreditsHalfTheOldPriceAndChargesHalfTheNew() {
    Proration.Quote q = quote("12.00", "49.00", Instant.parse("2027-04-16T00:00:00Z"));
    assertEquals(new BigDecimal("6.00"), q.credit());
    assertEquals(new BigDecimal("24.50"), q.charge());
    assertEquals(new BigDecimal("18.50"), q.due());
  }

  @Test
  void partsAreRoundedHalfEvenToCentsBySeconds() {
    // 10 of 30 days remain: 12.00/3 = 4.00, 49.00/3 = 16.333.. -> 16.33.
    Proration.Quote q = quote("12.00", "49.00", Instant.parse("2027-04-21T00:00:00Z"));
    assertEquals(new BigDecimal("4.00"), q.credit());
    assertEquals(new BigDecimal("16.33"), q.charge());
    assertEquals(new BigDecimal("12.33"), q.due());
    // 0.05 * 1/2 = 0.025 -> 0.02 (half-even), not 0.03.
    Proration.Quote tiny = quote("0.05", "0.07", Instant.parse("2027-04-16T00:00:00Z"));
    assertEquals(new BigDecimal("0.02"), tiny.credit());
    assertEquals(new BigDecimal("0.04"), tiny.charge());
  }

  @Test
  void anUpgradeInTheLastSecondCostsNothing() {
    Proration.Quote q = quote("12.00", "49.00", END.minusSeconds(1));
    assertEquals(new BigDecimal("0.00"), q.credit());
    assertEquals(new BigDecimal("0.00"), q.charge());
    assertEquals(new BigDecimal("0.00"), q.due());
  }

  @Test
  void aCheaperTargetIsNeverANegativeCharge() {
    Proration.Quote q = quote("49.00", "12.00", Instant.parse("2027-04-16T00:00:00Z"));
    assertEquals(new BigDecimal("0.00"), q.due());
  }

  @Test
  void outsideThePeriodIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> quote("12.00", "49.00", END));
    assertThrows(
        IllegalArgumentException.class, () -> quote("12.00", "49.00", START.minusSeconds(1)));
  }

  @Test
  void switchingToAnnualNowChargesTheYearLessTheUnusedPartOfTheMonth() {
    // 20 of 30 days remain: 12.00 * 2/3 = 8.00 credited against 120.00.
    Proration.Quote q =
        Proration.switchNow(
            new BigDecimal("12.00"),
            new BigDecimal("120.00"),
            START,
            END,
            Instant.parse("2027-04-11T00:00:00Z"),
            LedgerCurrency.USD);
    assertEquals(new BigDecimal("8.00"), q.credit());
    assertEquals(new BigDecimal("120.00"), q.charge());
    assertEquals(new BigDecimal("112.00"), q.due());
  }

  @Test
  void aSwitchNeverComesOutNegative() {
    Proration.Quote q =
        Proration.switchNow(
            new BigDecimal("500.00"),
            new BigDecimal("120.00"),
            START,
            END,
            Instant.parse("2027-04-02T00:00:00Z"),
            LedgerCurrency.USD);
    assertEquals(new BigDecimal("0.00"), q.due());
  }
}
