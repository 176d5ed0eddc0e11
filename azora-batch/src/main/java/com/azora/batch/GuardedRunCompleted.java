package com.azora.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The last step of a job run through the guard ({@link BatchRuns}): marks its run COMPLETED.
 * Reached only when every step before it completed, so the mark never lies.
 */
@Dependent
@Named("guardedRunCompleted")
public class GuardedRunCompleted extends AbstractBatchlet {

  @EJB private BatchRuns runs;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public String process() {
    runs.finished(
        job.getJobName(), BatchRuns.businessDate(businessDate), job.getExecutionId(), "COMPLETED");
    return "COMPLETED";
  }
}
