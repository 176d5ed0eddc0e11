package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.payout.application.PayoutBook;
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
 * Before the job: the items to do (accounts to plan plus items to send), for the console's progress
 * bar. After: a failed or stopped run is recorded in the guard table so it is admitted again.
 */
@Dependent
@Named("payoutRunListener")
public class PayoutRunListener extends AbstractJobListener {

  @EJB private BatchRuns runs;
  @EJB private PayoutBook book;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void beforeJob() {
    LocalDate date = PayoutJob.businessDate(businessDate);
    runs.total(job.getJobName(), date, book.pendingItems(date));
  }

  @Override
  public void afterJob() {
    BatchStatus s = job.getBatchStatus();
    if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.STOPPING) {
      runs.finished(
          job.getJobName(),
          PayoutJob.businessDate(businessDate),
          job.getExecutionId(),
          s == BatchStatus.FAILED ? "FAILED" : "STOPPED");
    }
  }
}
