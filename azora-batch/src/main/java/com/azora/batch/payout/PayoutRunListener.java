package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.payout.application.PayoutBook;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Before the job: the items to do (accounts to plan plus items to send), for the console's progress
 * bar (the guard's {@code guardedRunEnd} listener records how it ended).
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
    LocalDate date = BatchRuns.businessDate(businessDate);
    runs.total(job.getJobName(), date, book.pendingItems(date));
  }
}
