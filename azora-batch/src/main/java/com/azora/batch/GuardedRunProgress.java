package com.azora.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** After each chunk's write: the items it handled move the guarded run's progress bar. */
@Dependent
@Named("guardedRunProgress")
public class GuardedRunProgress extends AbstractItemWriteListener {

  @EJB private BatchRuns runs;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void afterWrite(List<Object> items) {
    runs.advance(job.getJobName(), BatchRuns.businessDate(businessDate), items.size());
  }
}
