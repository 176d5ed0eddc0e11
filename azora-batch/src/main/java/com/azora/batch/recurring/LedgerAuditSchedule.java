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
 * Audits the books every night at 02:41 (after settlement). Persistent, so one instance of a
 * cluster fires it; the run guard admits one audit per date should it fire twice. A night missed
 * while everything was down is not caught up: the next audit checks the whole ledger anyway.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerAuditSchedule {

  public static final String JOB = "ledger-audit";

  @EJB private BatchRuns runs;

  @Schedule(hour = "2", minute = "41", persistent = true, info = JOB)
  void audit() {
    runs.startOnce(JOB, LocalDate.now(ZoneOffset.UTC), null, false);
  }
}
