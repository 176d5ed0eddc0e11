package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The job's last step: marks the run COMPLETED in the guard table. Reached only when every step
 * before it completed, so the mark never lies.
 */
@Dependent
@Named("settlementRunCompleted")
public class RunCompleted extends AbstractBatchlet {

  @EJB private BatchRuns runs;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public String process() {
    runs.finished(
        job.getJobName(),
        SettlementJob.businessDate(businessDate),
        job.getExecutionId(),
        "COMPLETED");
    return "COMPLETED";
  }
}
