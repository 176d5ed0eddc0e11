package com.azora.batch.cluster;

import com.azora.batch.BatchJobs;
import jakarta.annotation.Resource;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One watchdog pass: under a cluster-wide advisory lock (one node acts per pass, the others skip),
 * finds running runs owned by a dead life ({@link DeadNodes}), marks their executions FAILED and
 * claims the runs for this life in one transaction, then restarts each from its last checkpoint.
 *
 * <p>Why the batch runtime's own tables are updated: {@code JobOperator.stop} refuses an execution
 * that no JVM runs any more (Payara's kernel looks it up in its in-memory map and throws
 * JobExecutionNotRunningException), so a killed JVM's execution would stay STARTED forever. Payara
 * (JBatch) keeps the status in {@code executioninstancedata.batchstatus} and {@code
 * stepexecutioninstancedata.batchstatus}; only rows still STARTING/STARTED/STOPPING of that one
 * execution are set to FAILED. The serialized JOBSTATUS is left alone: restart accepts any status
 * but COMPLETED and ABANDONED, and writes it anew for the restarted execution.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Takeovers {

  private static final Logger LOG = Logger.getLogger(Takeovers.class.getName());

  /** pg advisory lock key of the watchdog ("AzoraWD" in ASCII). */
  static final long LOCK = 0x417a6f72615744L;

  private static final String RUNNING = "('STARTING', 'STARTED')";

  @Resource(lookup = "jdbc/azora")
  private DataSource db;

  @EJB private BatchJobs jobs;

  /** Runs one pass; returns how many runs it took over (0 when another node holds the lock). */
  public int pass() {
    List<DeadNodes.Takeover> claimed;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        claimed = claim(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("watchdog: " + e.getMessage(), e);
    }
    for (DeadNodes.Takeover t : claimed) {
      if (t.action() == DeadNodes.Action.RESTART) {
        restart(t.run());
      }
    }
    return claimed.size();
  }

  private List<DeadNodes.Takeover> claim(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?), now()")) {
      ps.setLong(1, LOCK);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return List.of();
        }
        Instant now = rs.getTimestamp(2).toInstant();
        List<DeadNodes.Takeover> due =
            DeadNodes.takeovers(running(c), beats(c), NodeLife.id(), now);
        List<DeadNodes.Takeover> claimed = new ArrayList<>();
        for (DeadNodes.Takeover t : due) {
          if (t.action() == DeadNodes.Action.FAIL ? failRun(c, t.run()) : claimRun(c, t.run())) {
            claimed.add(t);
          }
        }
        prune(c);
        return claimed;
      }
    }
  }

  /** A run that never got its execution: FAILED, so the guard admits the date again. */
  private boolean failRun(Connection c, DeadNodes.RunningRun r) throws SQLException {
    int n =
        update(
            c,
            "update batch_run set status = 'FAILED', ended_at = now() where job_name = ?"
                + " and business_date = ? and node_life = ? and execution_id is null"
                + " and status in "
                + RUNNING,
            r.jobName(),
            r.businessDate(),
            r.nodeLife());
    if (n == 1) {
      log(c, r, null, "FAILED", "the owning node died before the run got an execution");
      LOG.warning(
          () ->
              "Watchdog: "
                  + r.jobName()
                  + " "
                  + r.businessDate()
                  + " of dead "
                  + r.nodeLife()
                  + " marked FAILED");
    }
    return n == 1;
  }

  /**
   * Marks the dead execution FAILED in the batch runtime and claims the run for this life; its
   * execution id stays empty (status STARTING) until the restart returns one, so no status read
   * mistakes the failed execution for the end of the run meanwhile.
   */
  private boolean claimRun(Connection c, DeadNodes.RunningRun r) throws SQLException {
    try {
      jobs.stop(r.executionId());
    } catch (RuntimeException expected) {
      // Refused for an execution no JVM runs: see the class comment.
      LOG.log(Level.FINE, "stop refused for dead execution " + r.executionId(), expected);
    }
    int n =
        update(
            c,
            "update batch_run set status = 'STARTING', execution_id = null, node = ?,"
                + " node_life = ?, takeovers = takeovers + 1, taken_over_at = now(),"
                + " taken_over_from = node_life where job_name = ? and business_date = ?"
                + " and node_life = ? and execution_id = ? and status in "
                + RUNNING,
            NodeLife.instance(),
            NodeLife.id(),
            r.jobName(),
            r.businessDate(),
            r.nodeLife(),
            r.executionId());
    if (n != 1) {
      return false;
    }
    String exit = "FAILED: node " + r.nodeLife() + " died";
    update(
        c,
        "update executioninstancedata set batchstatus = 'FAILED', exitstatus = ?,"
            + " endtime = now(), updatetime = now() where jobexecid = ?"
            + " and batchstatus in ('STARTING', 'STARTED', 'STOPPING')",
        exit,
        r.executionId());
    update(
        c,
        "update stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = ?,"
            + " endtime = now() where jobexecid = ?"
            + " and batchstatus in ('STARTING', 'STARTED', 'STOPPING')",
        exit,
        r.executionId());
    return true;
  }

  /** Restarts the claimed run here with its original parameters; records how it went. */
  private void restart(DeadNodes.RunningRun r) {
    long newExecution;
    try {
      Properties parameters = jobs.execution(r.executionId()).parameters();
      newExecution = jobs.restart(r.executionId(), parameters);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Watchdog could not restart execution " + r.executionId(), e);
      try (Connection c = db.getConnection()) {
        update(
            c,
            "update batch_run set status = 'FAILED', ended_at = now() where job_name = ?"
                + " and business_date = ? and node_life = ? and status = 'STARTING'",
            r.jobName(),
            r.businessDate(),
            NodeLife.id());
        log(c, r, null, "FAILED", "restart refused: " + e.getMessage());
      } catch (SQLException s) {
        LOG.log(Level.SEVERE, "Watchdog could not record the failed restart", s);
      }
      return;
    }
    try (Connection c = db.getConnection()) {
      // A fast restarted run may already have recorded its end (with this execution id).
      update(
          c,
          "update batch_run set execution_id = ?, status = 'STARTED' where job_name = ?"
              + " and business_date = ? and node_life = ? and status = 'STARTING'",
          newExecution,
          r.jobName(),
          r.businessDate(),
          NodeLife.id());
      log(c, r, newExecution, "RESTARTED", null);
    } catch (SQLException e) {
      throw new IllegalStateException("batch_run: " + e.getMessage(), e);
    }
    LOG.warning(
        () ->
            "Watchdog: "
                + r.jobName()
                + " "
                + r.businessDate()
                + " execution "
                + r.executionId()
                + " of dead "
                + r.nodeLife()
                + " restarted here as "
                + newExecution);
  }

  private static List<DeadNodes.RunningRun> running(Connection c) throws SQLException {
    // SKIP LOCKED: a row another transaction is changing (a start, an end) is looked at next pass.
    try (PreparedStatement ps =
            c.prepareStatement(
                "select job_name, business_date, execution_id, status, node_life, started_at"
                    + " from batch_run where status in "
                    + RUNNING
                    + " and node_life is not null for update skip locked");
        ResultSet rs = ps.executeQuery()) {
      List<DeadNodes.RunningRun> runs = new ArrayList<>();
      while (rs.next()) {
        long execution = rs.getLong(3);
        Long executionId = rs.wasNull() ? null : execution;
        runs.add(
            new DeadNodes.RunningRun(
                rs.getString(1),
                rs.getDate(2).toLocalDate(),
                executionId,
                rs.getString(4),
                rs.getString(5),
                instant(rs.getTimestamp(6))));
      }
      return runs;
    }
  }

  private static Map<String, Instant> beats(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select node, beat_at from node_heartbeat");
        ResultSet rs = ps.executeQuery()) {
      Map<String, Instant> beats = new HashMap<>();
      while (rs.next()) {
        beats.put(rs.getString(1), rs.getTimestamp(2).toInstant());
      }
      return beats;
    }
  }

  /** Lives silent for a day that own no running run are forgotten. */
  private static void prune(Connection c) throws SQLException {
    update(
        c,
        "delete from node_heartbeat h where h.beat_at < now() - interval '1 day'"
            + " and not exists (select 1 from batch_run r where r.node_life = h.node"
            + " and r.status in "
            + RUNNING
            + ")");
  }

  private static void log(
      Connection c, DeadNodes.RunningRun r, Long newExecution, String outcome, String detail)
      throws SQLException {
    update(
        c,
        "insert into batch_takeover (job_name, business_date, dead_node, dead_execution_id,"
            + " live_node, new_execution_id, outcome, detail) values (?, ?, ?, ?, ?, ?, ?, ?)",
        r.jobName(),
        r.businessDate(),
        r.nodeLife(),
        r.executionId(),
        NodeLife.id(),
        newExecution,
        outcome,
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)));
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        if (p instanceof LocalDate d) {
          ps.setDate(i + 1, java.sql.Date.valueOf(d));
        } else if (p == null) {
          ps.setNull(i + 1, java.sql.Types.NULL);
        } else {
          ps.setObject(i + 1, p);
        }
      }
      return ps.executeUpdate();
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
