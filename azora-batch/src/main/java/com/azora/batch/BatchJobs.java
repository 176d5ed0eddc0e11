package com.azora.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  /** One step of an execution with the runtime's metrics (as of its last checkpoint). */
  public record Step(
      long id,
      String name,
      BatchStatus status,
      String exitStatus,
      Instant startedAt,
      Instant endedAt,
      long read,
      long written,
      long skipped,
      long filtered,
      long commits,
      long rollbacks)
      implements java.io.Serializable {}

  /** The steps an execution ran so far, in the order they started. */
  public List<Step> steps(long executionId) {
    List<Step> steps = new ArrayList<>();
    for (StepExecution s : operator().getStepExecutions(executionId)) {
      Map<Metric.MetricType, Long> m = new EnumMap<>(Metric.MetricType.class);
      if (s.getMetrics() != null) {
        for (Metric metric : s.getMetrics()) {
          m.put(metric.getType(), metric.getValue());
        }
      }
      steps.add(
          new Step(
              s.getStepExecutionId(),
              s.getStepName(),
              s.getBatchStatus(),
              s.getExitStatus(),
              instant(s.getStartTime()),
              instant(s.getEndTime()),
              m.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
              m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
              m.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                  + m.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                  + m.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
              m.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
              m.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
              m.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L)));
    }
    steps.sort(Comparator.comparingLong(Step::id));
    return steps;
  }

  /** Marks a failed or stopped execution as never to be restarted. */
  public void abandon(long executionId) {
    operator().abandon(executionId);
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
