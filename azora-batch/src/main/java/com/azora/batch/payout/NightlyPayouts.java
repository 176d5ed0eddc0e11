package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.payout.application.PayoutBook;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pays out every night at 02:15 (after settlement at 01:30) for today's business date, and every 10
 * minutes reruns a date whose batch has retries due. Both timers are persistent, so on a cluster
 * one instance fires; the run guard admits one run of a date at a time however often they fire.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyPayouts {

  private static final Logger LOG = Logger.getLogger(NightlyPayouts.class.getName());

  @EJB private BatchRuns runs;
  @EJB private PayoutBook book;
  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "2", minute = "15", persistent = true, info = "payouts")
  void payOut() {
    runs.startOnce(PayoutJob.NAME, LocalDate.now(clock.withZone(ZoneOffset.UTC)), null, false);
  }

  @Schedule(minute = "*/10", hour = "*", persistent = true, info = "payouts-retry")
  void retryDue() {
    for (LocalDate date : book.datesWithDueRetries()) {
      try {
        runs.startOnce(PayoutJob.NAME, date, null, true);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "payouts retry of " + date + " did not start", e);
      }
    }
  }
}
