package com.azora.batch;

import com.azora.batch.cluster.NodeLife;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The run guard: one {@code batch_run} row per (job, business date) admits one run, whichever
 * node's timer fires and however often. A fire is admitted when no row exists yet, or the last run
 * failed or stopped, or (for a manual rerun) it completed; never while one is starting or running
 * (a start that never got its execution id for 10 minutes counts as dead). Each statement commits
 * on its own (no JTA transaction) so a guard row is visible at once. The row names the node life
 * that owns the run, so the watchdog ({@code com.azora.batch.cluster}) can take it over when that
 * life dies.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRuns {

  private static final Logger LOG = Logger.getLogger(BatchRuns.class.getName());

  /** One guarded run. */
  public record Run(
      String jobName,
      LocalDate businessDate,
      Long executionId,
      String status,
      Instant startedAt,
      Instant endedAt,
      String node,
      Long itemsTotal,
      long itemsDone) {

    public boolean completed() {
      return "COMPLETED".equals(status);
    }

    public boolean running() {
      return "STARTING".equals(status) || "STARTED".equals(status);
    }
  }

  @Resource(lookup = "jdbc/azora")
  private DataSource db;

  /** A guarded job's {@code businessDate} parameter (ISO date). */
  public static LocalDate businessDate(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("businessDate must be an ISO date, was " + value, e);
    }
  }

  @EJB private BatchJobs jobs;

  /**
   * Starts the job for the business date unless the guard refuses; {@code rerun} also admits a date
   * that completed (a no-op run for idempotent jobs). Returns the run, admitted or not.
   */
  public Run startOnce(String jobName, LocalDate date, Properties parameters, boolean rerun) {
    reconcile(jobName, date);
    boolean admitted =
        update(
                "insert into batch_run (job_name, business_date, status, started_at, node, node_life)"
                    + " values (?, ?, 'STARTING', now(), ?, ?) on conflict (job_name, business_date)"
                    + " do update set status = 'STARTING', execution_id = null, started_at = now(),"
                    + " ended_at = null, node = excluded.node, node_life = excluded.node_life,"
                    + " items_total = null, items_done = 0"
                    + " where batch_run.status in"
                    + " ('FAILED', 'STOPPED', 'ABANDONED'"
                    + (rerun ? ", 'COMPLETED'" : "")
                    + ") or (batch_run.status = 'STARTING'"
                    + " and batch_run.started_at < now() - interval '10 minutes')",
                jobName,
                date,
                NodeLife.instance(),
                NodeLife.id())
            == 1;
    if (admitted) {
      Properties p = new Properties();
      if (parameters != null) {
        p.putAll(parameters);
      }
      p.setProperty("businessDate", date.toString());
      try {
        long execution = jobs.start(jobName, p);
        update(
            "update batch_run set execution_id = ?, status = 'STARTED' where job_name = ?"
                + " and business_date = ? and status = 'STARTING'",
            execution,
            jobName,
            date);
      } catch (RuntimeException e) {
        finished(jobName, date, null, "FAILED");
        throw e;
      }
    }
    return find(jobName, date).orElseThrow();
  }

  /**
   * Records how a run ended (called by the job itself, and when a status read finds it ended). The
   * guard lets one run of a date exist at a time, so the date identifies it; the execution id is
   * taken over because a restarted execution (new id) ends the same run.
   */
  public void finished(String jobName, LocalDate date, Long executionId, String status) {
    update(
        "update batch_run set status = ?, ended_at = now(),"
            + " execution_id = coalesce(cast(? as bigint), execution_id)"
            + " where job_name = ? and business_date = ?",
        status,
        executionId,
        jobName,
        date);
  }

  /**
   * A restart of the run's failed or stopped execution took over (new execution id, maybe on
   * another node); false when the run is not in a restartable state.
   */
  public boolean restarted(String jobName, LocalDate date, long executionId) {
    return update(
            "update batch_run set status = 'STARTED', execution_id = ?, ended_at = null, node = ?,"
                + " node_life = ? where job_name = ? and business_date = ?"
                + " and status in ('FAILED', 'STOPPED')",
            executionId,
            NodeLife.instance(),
            NodeLife.id(),
            jobName,
            date)
        == 1;
  }

  /**
   * The run's total for its progress bar: the items it has done plus those left at (re)start, so a
   * restart resumes the bar where the stopped execution left it.
   */
  public void total(String jobName, LocalDate date, long itemsLeft) {
    update(
        "update batch_run set items_total = items_done + ? where job_name = ? and business_date = ?",
        itemsLeft,
        jobName,
        date);
  }

  /** Counts items a chunk handled (committed on its own: the bar is a hint, not a ledger). */
  public void advance(String jobName, LocalDate date, long items) {
    update(
        "update batch_run set items_done = items_done + ? where job_name = ? and business_date = ?",
        items,
        jobName,
        date);
  }

  /** Records that the run of that execution was abandoned (only if it is that run's execution). */
  public void abandoned(long executionId) {
    update(
        "update batch_run set status = 'ABANDONED', ended_at = coalesce(ended_at, now())"
            + " where execution_id = ? and status in ('FAILED', 'STOPPED')",
        executionId);
  }

  /** Keeps why an admin abandoned an execution (the runtime keeps no reason). */
  public void abandonReason(long executionId, String jobName, String reason, long adminId) {
    update(
        "insert into batch_abandon (execution_id, job_name, reason, abandoned_by)"
            + " values (?, ?, ?, ?)",
        executionId,
        jobName,
        reason,
        adminId);
  }

  /** Why these executions were abandoned, by execution id (those never abandoned are absent). */
  public java.util.Map<Long, String> abandonReasons(List<Long> executionIds) {
    java.util.Map<Long, String> reasons = new java.util.HashMap<>();
    if (executionIds.isEmpty()) {
      return reasons;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select execution_id, reason from batch_abandon where execution_id = any(?)")) {
      bind(ps, (Object) executionIds.toArray(Long[]::new));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reasons.put(rs.getLong(1), rs.getString(2));
        }
      }
      return reasons;
    } catch (SQLException e) {
      throw new IllegalStateException("batch_abandon: " + e.getMessage(), e);
    }
  }

  /** The runs whose current execution is one of these ids. */
  public List<Run> byExecutions(List<Long> executionIds) {
    if (executionIds.isEmpty()) {
      return List.of();
    }
    return query(
        "select job_name, business_date, execution_id, status, started_at, ended_at, node,"
            + " items_total, items_done from batch_run where execution_id = any(?)",
        (Object) executionIds.toArray(Long[]::new));
  }

  /** The run of that date, its status brought up to date from the batch runtime. */
  public Optional<Run> run(String jobName, LocalDate date) {
    reconcile(jobName, date);
    return find(jobName, date);
  }

  /** The newest runs of a job, newest business date first. */
  public List<Run> recent(String jobName, int max) {
    List<Run> runs =
        query(
            "select job_name, business_date, execution_id, status, started_at, ended_at, node,"
                + " items_total, items_done"
                + " from batch_run where job_name = ? order by business_date desc limit ?",
            jobName,
            max);
    List<Run> fresh = new ArrayList<>();
    for (Run r : runs) {
      fresh.add(r.running() ? run(jobName, r.businessDate()).orElse(r) : r);
    }
    return fresh;
  }

  /** The latest business date before {@code before} that completed, if any. */
  public Optional<LocalDate> lastCompleted(String jobName, LocalDate before) {
    return query(
            "select job_name, business_date, execution_id, status, started_at, ended_at, node,"
                + " items_total, items_done"
                + " from batch_run where job_name = ? and status = 'COMPLETED'"
                + " and business_date < ? order by business_date desc limit 1",
            jobName,
            before)
        .stream()
        .findFirst()
        .map(Run::businessDate);
  }

  /** A run marked started whose execution already ended (its end was not recorded) is updated. */
  private void reconcile(String jobName, LocalDate date) {
    Optional<Run> r = find(jobName, date);
    if (r.isEmpty() || !r.get().running() || r.get().executionId() == null) {
      return;
    }
    try {
      BatchStatus s = jobs.status(r.get().executionId());
      if (s == BatchStatus.COMPLETED
          || s == BatchStatus.FAILED
          || s == BatchStatus.STOPPED
          || s == BatchStatus.ABANDONED) {
        finished(jobName, date, r.get().executionId(), s.name());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No status for execution " + r.get().executionId(), e);
    }
  }

  private Optional<Run> find(String jobName, LocalDate date) {
    return query(
            "select job_name, business_date, execution_id, status, started_at, ended_at, node,"
                + " items_total, items_done"
                + " from batch_run where job_name = ? and business_date = ?",
            jobName,
            date)
        .stream()
        .findFirst();
  }

  private int update(String sql, Object... params) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("batch_run: " + e.getMessage(), e);
    }
  }

  private List<Run> query(String sql, Object... params) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      List<Run> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long execution = rs.getLong(3);
          Long executionId = rs.wasNull() ? null : execution;
          runs.add(
              new Run(
                  rs.getString(1),
                  rs.getDate(2).toLocalDate(),
                  executionId,
                  rs.getString(4),
                  instant(rs.getTimestamp(5)),
                  instant(rs.getTimestamp(6)),
                  rs.getString(7),
                  rs.getObject(8) == null ? null : rs.getLong(8),
                  rs.getLong(9)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("batch_run: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Long[] ids) {
        ps.setArray(i + 1, ps.getConnection().createArrayOf("bigint", ids));
      } else if (p instanceof LocalDate d) {
        ps.setDate(i + 1, java.sql.Date.valueOf(d));
      } else if (p == null) {
        ps.setNull(i + 1, java.sql.Types.BIGINT);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
