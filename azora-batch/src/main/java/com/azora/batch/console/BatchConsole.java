package com.azora.batch.console;

import com.azora.batch.BatchJobs;
import com.azora.batch.BatchRuns;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresRoles;

/**
 * What the batch admin console may do: list the jobs and their executions, start a job with
 * parameters (dated jobs through the run guard), stop, restart and abandon executions. Admins only;
 * everything goes to the runtime through {@link BatchJobs}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresRoles("ADMIN")
public class BatchConsole {

  /** How many of each job's newest instances the executions list looks at. */
  static final int SCAN = 200;

  /** A business date further ahead is a typo, not an early settlement. */
  static final int MAX_DAYS_AHEAD = 60;

  /** A job as the console lists it. */
  public record JobView(
      String name, String description, String schedule, Instant nextRun, boolean dated)
      implements java.io.Serializable {}

  /** One execution with its guarded run's progress, where it has one. */
  public record ExecutionRow(
      long id,
      String jobName,
      BatchStatus status,
      String exitStatus,
      String businessDate,
      String node,
      Instant startedAt,
      Instant endedAt,
      Long itemsTotal,
      long itemsDone,
      String abandonReason,
      List<BatchJobs.Step> steps)
      implements java.io.Serializable {

    public boolean running() {
      return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    public boolean restartable() {
      return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** Items done of the total, 0..100; a completed execution is done whatever it counted. */
    public int percent() {
      if (status == BatchStatus.COMPLETED) {
        return 100;
      }
      if (itemsTotal == null || itemsTotal == 0) {
        return 0;
      }
      return (int) Math.min(100, itemsDone * 100 / itemsTotal);
    }

    public boolean hasProgress() {
      return itemsTotal != null;
    }
  }

  @EJB private BatchJobs jobs;
  @EJB private BatchRuns runs;

  public List<JobView> jobs() {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
    return JobCatalog.JOBS.stream()
        .map(
            j ->
                new JobView(
                    j.name(),
                    j.description(),
                    j.schedule(),
                    j.nextRun(now).map(ZonedDateTime::toInstant).orElse(null),
                    j.dated()))
        .toList();
  }

  /** Executions newest first, optionally of one job and one status, one page. */
  public PageResult<ExecutionRow> executions(
      String jobName, BatchStatus status, int first, int max) {
    List<BatchJobs.Execution> all = new ArrayList<>();
    for (JobCatalog.JobDefinition j : JobCatalog.JOBS) {
      if (jobName == null || jobName.isEmpty() || j.name().equals(jobName)) {
        all.addAll(jobs.executions(j.name(), SCAN));
      }
    }
    List<BatchJobs.Execution> matching =
        all.stream()
            .filter(e -> status == null || e.status() == status)
            .sorted(Comparator.comparingLong(BatchJobs.Execution::id).reversed())
            .toList();
    int from = Math.max(0, Math.min(first, matching.size()));
    int to = Math.min(matching.size(), from + Math.max(1, Math.min(max, 100)));
    return new PageResult<>(rows(matching.subList(from, to), true), matching.size());
  }

  /** True while any execution of a listed job is starting or running. */
  public boolean anyRunning() {
    return JobCatalog.JOBS.stream()
        .flatMap(j -> jobs.executions(j.name(), 20).stream())
        .anyMatch(e -> e.status() == BatchStatus.STARTING || e.status() == BatchStatus.STARTED);
  }

  public ExecutionRow execution(long id) {
    return rows(List.of(find(id)), true).get(0);
  }

  /** Starts a job; returns the execution id (for a dated job, that of the date's run). */
  public long start(String jobName, String parameters) {
    JobCatalog.JobDefinition job =
        JobCatalog.find(jobName == null ? "" : jobName)
            .orElseThrow(() -> DomainException.invalid("job", "Choose a job."));
    Properties p = JobParameters.parse(parameters);
    if (!job.dated()) {
      return runtime(() -> jobs.start(job.name(), p));
    }
    LocalDate date = JobParameters.businessDate(p);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD)) || date.isBefore(today.minusYears(10))) {
      throw DomainException.invalid(
          JobParameters.FIELD, "businessDate within " + MAX_DAYS_AHEAD + " days from today.");
    }
    BatchRuns.Run run = runtime(() -> runs.startOnce(job.name(), date, p, true));
    if (run.executionId() == null) {
      throw DomainException.conflict(JobParameters.FIELD, "The run of " + date + " is starting.");
    }
    return run.executionId();
  }

  public void stop(long id) {
    if (!execution(id).running()) {
      throw DomainException.conflict("stop", "Only a running execution can be stopped.");
    }
    runtime(
        () -> {
          jobs.stop(id);
          return null;
        });
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint with its parameters; returns
   * the new one.
   */
  public long restart(long id) {
    BatchJobs.Execution e = find(id);
    if (e.status() != BatchStatus.FAILED && e.status() != BatchStatus.STOPPED) {
      throw DomainException.conflict("restart", "Only a failed or stopped execution restarts.");
    }
    String date = e.parameters() == null ? null : e.parameters().getProperty("businessDate");
    boolean dated = JobCatalog.find(e.jobName()).map(JobCatalog.JobDefinition::dated).orElse(false);
    if (dated && date != null) {
      // Brings the guard row up to date, then checks it still belongs to this execution.
      runs.run(e.jobName(), LocalDate.parse(date));
      if (runs.byExecutions(List.of(id)).stream().noneMatch(r -> !r.running())) {
        throw DomainException.conflict(
            "restart", "A newer run of " + date + " exists: restart that one.");
      }
    }
    // The runtime starts a restart with the parameters given, not the first ones: pass those on.
    long next = runtime(() -> jobs.restart(id, e.parameters()));
    if (dated && date != null) {
      runs.restarted(e.jobName(), LocalDate.parse(date), next);
    }
    return next;
  }

  /** Abandons a failed or stopped execution for good, keeping the admin's reason. */
  public void abandon(long id, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 3 || why.length() > 500) {
      throw DomainException.invalid("reason", "Say why, in 3 to 500 characters.");
    }
    BatchJobs.Execution e = find(id);
    if (e.status() != BatchStatus.FAILED && e.status() != BatchStatus.STOPPED) {
      throw DomainException.conflict("reason", "Only a failed or stopped execution is abandoned.");
    }
    runtime(
        () -> {
          jobs.abandon(id);
          return null;
        });
    runs.abandonReason(id, e.jobName(), why, CurrentUser.id());
    runs.abandoned(id);
  }

  private BatchJobs.Execution find(long id) {
    try {
      return jobs.execution(id);
    } catch (EJBException e) {
      throw DomainException.notFound("No execution " + id + ".");
    }
  }

  private List<ExecutionRow> rows(List<BatchJobs.Execution> page, boolean withSteps) {
    List<Long> ids = page.stream().map(BatchJobs.Execution::id).toList();
    Map<Long, BatchRuns.Run> guarded =
        runs.byExecutions(ids).stream()
            .collect(Collectors.toMap(BatchRuns.Run::executionId, Function.identity()));
    Map<Long, String> reasons = runs.abandonReasons(ids);
    List<ExecutionRow> rows = new ArrayList<>();
    for (BatchJobs.Execution e : page) {
      BatchRuns.Run run = guarded.get(e.id());
      rows.add(
          new ExecutionRow(
              e.id(),
              e.jobName(),
              e.status(),
              e.exitStatus(),
              e.parameters() == null ? null : e.parameters().getProperty("businessDate"),
              run == null ? null : run.node(),
              e.startedAt(),
              e.endedAt(),
              run == null ? null : run.itemsTotal(),
              run == null ? 0 : run.itemsDone(),
              reasons.get(e.id()),
              withSteps ? jobs.steps(e.id()) : List.of()));
    }
    return rows;
  }

  /** The runtime's refusals (it throws system exceptions) become conflicts the page can show. */
  private static <T> T runtime(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw DomainException.conflict(null, "The batch runtime refused: " + cause.getMessage());
    }
  }
}
