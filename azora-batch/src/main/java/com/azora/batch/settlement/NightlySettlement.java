package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Settles every night at 01:30 (server time): each business date from the last completed one up to
 * yesterday (UTC), in order, one after the other. Persistent, so on a cluster the database-backed
 * timer fires on one instance; should it fire twice anyway, the run guard admits each date once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySettlement {

  private static final Logger LOG = Logger.getLogger(NightlySettlement.class.getName());
  static final int MAX_DATES_PER_NIGHT = 31;
  private static final Duration LONGEST_RUN = Duration.ofHours(2);

  @EJB private BatchRuns runs;
  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "1", minute = "30", persistent = true, info = "earnings-settlement")
  void settle() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    for (LocalDate date :
        CatchUp.dates(runs.lastCompleted(SettlementJob.NAME, today), today, MAX_DATES_PER_NIGHT)) {
      BatchRuns.Run run = runs.startOnce(SettlementJob.NAME, date, null, false);
      if (!run.completed() && !awaitCompleted(run)) {
        // A later date must not settle before an earlier one: stop here, the next fire resumes.
        LOG.warning(() -> "earnings-settlement " + date + " did not complete: " + run.status());
        return;
      }
    }
  }

  /** Waits for a run (this node's or another's) to end; true when it completed. */
  private boolean awaitCompleted(BatchRuns.Run run) {
    Instant give = Instant.now().plus(LONGEST_RUN);
    while (Instant.now().isBefore(give)) {
      BatchRuns.Run now = runs.run(run.jobName(), run.businessDate()).orElse(run);
      if (!now.running()) {
        return now.completed();
      }
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
