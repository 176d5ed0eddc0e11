package com.azora.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The only caller of {@link JobOperator}. Runs outside JTA transactions: Payara creates its batch
 * tables lazily on first use, and DDL inside a transaction would be lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

  /** One job execution as the runtime reports it. */
  public record Execution(
      long id,
      String jobName,
      BatchStatus status,
      String exitStatus,
      Instant createdAt,
      Instant startedAt,
      Instant endedAt,
      Properties parameters) {

    public boolean finished() {
      return status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED
          || status == BatchStatus.ABANDONED;
    }
  }

  public long start(String jobName, Properties parameters) {
    return operator().start(jobName, parameters == null ? new Properties() : parameters);
  }

  public BatchStatus status(long executionId) {
    JobExecution e = operator().getJobExecution(executionId);
    return e.getBatchStatus();
  }

  public Execution execution(long executionId) {
    return view(operator().getJobExecution(executionId));
  }

  /** The newest executions of a job (at most {@code max}), newest first; none if it never ran. */
  public List<Execution> executions(String jobName, int max) {
    JobOperator op = operator();
    List<Execution> all = new ArrayList<>();
    try {
      for (JobInstance i : op.getJobInstances(jobName, 0, max)) {
        op.getJobExecutions(i).forEach(e -> all.add(view(e)));
      }
    } catch (NoSuchJobException e) {
      return List.of();
    }
    all.sort(Comparator.comparingLong(Execution::id).reversed());
    return all.size() > max ? all.subList(0, max) : all;
  }

  public void stop(long executionId) {
    operator().stop(executionId);
  }

  /** Restarts a failed or stopped execution from its last checkpoint; returns the new one. */
  public long restart(long executionId, Properties parameters) {
    return operator().restart(executionId, parameters == null ? new Properties() : parameters);
  }

  private static Execution view(JobExecution e) {
    return new Execution(
        e.getExecutionId(),
        e.getJobName(),
        e.getBatchStatus(),
        e.getExitStatus(),
        instant(e.getCreateTime()),
        instant(e.getStartTime()),
        instant(e.getEndTime()),
        e.getJobParameters());
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
