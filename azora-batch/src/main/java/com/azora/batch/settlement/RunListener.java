package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import com.azora.settlement.application.SettlementBook;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Before the job: the items to do, for the console's progress bar (the guard's {@code
 * guardedRunEnd} listener records how it ended).
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
    LocalDate date = BatchRuns.businessDate(businessDate);
    runs.total(job.getJobName(), date, book.pendingItems(date));
  }
}
