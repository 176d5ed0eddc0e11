package com.azora.batch.recurring;

import com.azora.batch.BatchRuns;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Runs subscription renewals every five minutes. Persistent (one instance of a cluster fires it, a
 * missed fire is caught up after a restart). The day's guard row admits a run only while none is
 * running (a rerun is allowed once the last one ended), so two fires never overlap and a run owned
 * by a dead node is taken over by the watchdog.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalSchedule {

  public static final String JOB = "subscription-renewals";

  @EJB private BatchRuns runs;

  @Schedule(minute = "*/5", hour = "*", persistent = true, info = JOB)
  void renew() {
    runs.startOnce(JOB, LocalDate.now(ZoneOffset.UTC), null, true);
  }
}
