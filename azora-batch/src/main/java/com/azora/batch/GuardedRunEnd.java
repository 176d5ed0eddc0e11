package com.azora.batch;

import com.azora.platform.mail.AdminAlerts;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After a job run through the guard: a failed or stopped run is recorded in the guard table so the
 * next fire admits the date again (a status read reconciles it too, should this never run), and a
 * failed one alerts the admins.
 */
@Dependent
@Named("guardedRunEnd")
public class GuardedRunEnd extends AbstractJobListener {

  @EJB private BatchRuns runs;
  @EJB private AdminAlerts alerts;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void afterJob() {
    BatchStatus s = job.getBatchStatus();
    if (s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.STOPPING) {
      runs.finished(
          job.getJobName(),
          BatchRuns.businessDate(businessDate),
          job.getExecutionId(),
          s == BatchStatus.FAILED ? "FAILED" : "STOPPED");
    }
    if (s == BatchStatus.FAILED) {
      alerts.alert(
          "Batch job " + job.getJobName() + " failed (" + businessDate + ")",
          "Execution "
              + job.getExecutionId()
              + " of "
              + job.getJobName()
              + " for "
              + businessDate
              + " failed: "
              + job.getExitStatus()
              + ".\nOpen Admin → Batch jobs → #"
              + job.getExecutionId()
              + " for the failing step, then restart or abandon it.",
          "BATCH_JOB_FAILED");
    }
  }
}
