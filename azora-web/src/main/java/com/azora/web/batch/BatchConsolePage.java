package com.azora.web.batch;

import com.azora.batch.console.BatchConsole;
import com.azora.batch.console.BatchConsole.ExecutionRow;
import com.azora.batch.console.BatchConsole.JobView;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /admin/batch: the jobs with their schedules and next runs, a start form (job and key=value
 * parameters), and the executions, polled while one runs so its progress bar moves.
 */
@Named
@ViewScoped
public class BatchConsolePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BatchConsole console;

  private List<JobView> jobs;
  private String job;
  private String parameters;
  private String jobFilter;
  private BatchStatus statusFilter;
  private Long started;

  private final PagedModel<ExecutionRow> executions =
      new PagedModel<>((first, size) -> console.executions(jobFilter, statusFilter, first, size));

  @PostConstruct
  void load() {
    jobs = console.jobs();
  }

  public void start() {
    try {
      started = console.start(job, parameters);
      Faces.info("Started " + job + ": execution " + started + ".");
    } catch (DomainException e) {
      Faces.show(e, "start");
    }
  }

  /** Keeps the poll alive while anything runs; it stops itself once all have ended. */
  public boolean isRunning() {
    return console.anyRunning();
  }

  public List<JobView> getJobs() {
    return jobs;
  }

  public BatchStatus[] getStatuses() {
    return BatchStatus.values();
  }

  public PagedModel<ExecutionRow> getExecutions() {
    return executions;
  }

  public Long getStarted() {
    return started;
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }

  public String getParameters() {
    return parameters;
  }

  public void setParameters(String parameters) {
    this.parameters = parameters;
  }

  public String getJobFilter() {
    return jobFilter;
  }

  public void setJobFilter(String jobFilter) {
    this.jobFilter = jobFilter;
  }

  public BatchStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(BatchStatus statusFilter) {
    this.statusFilter = statusFilter;
  }
}
