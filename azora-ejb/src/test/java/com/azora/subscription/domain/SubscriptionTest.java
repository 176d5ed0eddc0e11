package com.azora.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.error.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  private static final Instant JAN_31 = Instant.parse("2027-01-31T12:00:00Z");

  private static Subscription pro() {
    return new Subscription(7L, "PRO", BillingInterval.MONTHLY, "wallet", JAN_31);
  }

  @Test
  void aNewSubscriptionWaitsForItsFirstPaymentInItsFirstPeriod() {
    Subscription s = pro();
    assertEquals(SubscriptionStatus.UNPAID, s.getStatus());
    assertEquals(JAN_31, s.getCurrentPeriodStart());
    assertEquals(Instant.parse("2027-02-28T12:00:00Z"), s.getCurrentPeriodEnd());
  }

  @Test
  void enteringTheNextPeriodKeepsTheAnchorDay() {
    Subscription s = pro();
    s.enterPeriod(1, JAN_31);
    assertEquals(Instant.parse("2027-02-28T12:00:00Z"), s.getCurrentPeriodStart());
    assertEquals(Instant.parse("2027-03-31T12:00:00Z"), s.getCurrentPeriodEnd());
    assertThrows(IllegalStateException.class, () -> s.enterPeriod(0, JAN_31));
  }

  @Test
  void downgradeAndCancelWaitForThePeriodEndAndResumeUndoesThem() {
    Subscription s = pro();
    s.scheduleDowngrade("PRO", JAN_31);
    s.cancelAtPeriodEnd(JAN_31);
    assertTrue(s.isCancelAtPeriodEnd());
    assertNull(s.getPendingTierCode());
    s.resume(JAN_31);
    assertFalse(s.isCancelAtPeriodEnd());
    assertThrows(DomainException.class, () -> s.resume(JAN_31));
    s.scheduleDowngrade("PRO", JAN_31);
    assertTrue(s.applyPendingTier(JAN_31));
    assertFalse(s.applyPendingTier(JAN_31));
  }

  @Test
  void theFreeTierIsNotASubscriptionAndCanceledIsFinal() {
    assertThrows(
        DomainException.class,
        () -> new Subscription(7L, "FREE", BillingInterval.MONTHLY, "wallet", JAN_31));
    Subscription s = pro();
    s.moveTo(SubscriptionStatus.CANCELED, JAN_31);
    assertEquals(JAN_31, s.getCanceledAt());
    assertThrows(DomainException.class, () -> s.cancelAtPeriodEnd(JAN_31));
    assertThrows(DomainException.class, () -> s.moveTo(SubscriptionStatus.ACTIVE, JAN_31));
  }

  @Test
  void aSwitchToAnnualRestartsThePeriodsFromItsStart() {
    Subscription s = pro();
    Instant feb10 = Instant.parse("2027-02-10T08:00:00Z");
    s.restartPeriods(BillingInterval.ANNUAL, feb10, feb10);
    assertEquals(BillingInterval.ANNUAL, s.getInterval());
    assertEquals(0, s.getPeriodIndex());
    assertEquals(feb10, s.getCurrentPeriodStart());
    assertEquals(Instant.parse("2028-02-10T08:00:00Z"), s.getCurrentPeriodEnd());
    assertEquals(Instant.parse("2029-02-10T08:00:00Z"), s.periodEnd(1));
  }

  @Test
  void aScheduledSwitchToMonthlyAppliesAtTheRenewalCountedFromThePeriodEnd() {
    Subscription s = new Subscription(7L, "PRO", BillingInterval.ANNUAL, "wallet", JAN_31);
    s.scheduleInterval(BillingInterval.MONTHLY, JAN_31);
    assertEquals(BillingInterval.MONTHLY, s.getPendingInterval());
    assertEquals(BillingInterval.ANNUAL, s.getInterval());
    int next = s.nextPeriodForRenewal(JAN_31);
    assertEquals(0, next);
    assertEquals(BillingInterval.MONTHLY, s.getInterval());
    assertNull(s.getPendingInterval());
    assertEquals(Instant.parse("2028-01-31T12:00:00Z"), s.periodStart(0));
    assertEquals(Instant.parse("2028-02-29T12:00:00Z"), s.periodEnd(0));
    s.enterPeriod(next, JAN_31);
    assertEquals(Instant.parse("2028-02-29T12:00:00Z"), s.getCurrentPeriodEnd());
  }

  @Test
  void resumeForgetsAScheduledSwitchAndSchedulingTheSameIntervalClearsIt() {
    Subscription s = new Subscription(7L, "PRO", BillingInterval.ANNUAL, "wallet", JAN_31);
    s.scheduleInterval(BillingInterval.MONTHLY, JAN_31);
    s.resume(JAN_31);
    assertNull(s.getPendingInterval());
    s.scheduleInterval(BillingInterval.MONTHLY, JAN_31);
    s.scheduleInterval(BillingInterval.ANNUAL, JAN_31);
    assertNull(s.getPendingInterval());
    assertEquals(2, s.nextPeriodForRenewal(JAN_31) + 1);
  }
}
