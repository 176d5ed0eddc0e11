package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import com.azora.settlement.application.SettlementBook;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Before the job: the items to do, for the console's progress bar. After the job: a failed or
 * stopped run is recorded in the guard table so the next fire admits the date again (a status read
 * reconciles it too, should this never run).
 */
@Dependent
@Named("settlementRunListener")
public class RunListener extends AbstractJobListener {

  @EJB private BatchRuns runs;
  @EJB private SettlementBook book;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  /** Counts what is left to do, for the console's progress bar (a restart counts what remains). */
  @Override
  public void beforeJob() {
    LocalDate date = SettlementJob.businessDate(businessDate);
    runs.total(job.getJobName(), date, book.pendingItems(date));
  }

  @Override
  public void afterJob() {
    BatchStatus s = job.getBatchStatus();
    if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.STOPPING) {
      runs.finished(
          job.getJobName(),
          SettlementJob.businessDate(businessDate),
          job.getExecutionId(),
          s == BatchStatus.FAILED ? "FAILED" : "STOPPED");
    }
  }
}
