package com.azora.batch.leaderboard;

import com.azora.batch.BatchJobs;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** Starts leaderboard-recompute: on schedule, or when an admin asks for it now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaderboardRecompute {

  public static final String JOB = "leaderboard-recompute";

  /** A run still marked running after this long is taken for dead and no longer blocks. */
  private static final int STALE_MINUTES = 10;

  @EJB private BatchJobs jobs;

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  /** The timer's run for a quarter-hour slot; returns the job execution id. */
  public long scheduled(Instant slot) {
    Properties p = new Properties();
    p.setProperty("slot", slot.toString());
    return jobs.start(JOB, p);
  }

  /**
   * The admin's "Recompute now" (needs the token-management permission); refused while another run
   * is in progress. Returns the job execution id.
   */
  public long now() {
    // This module has no authorization interceptor: the check is explicit, and its failures are
    // domain exceptions so callers get 401/403 rather than a wrapped EJB exception.
    Subject subject = SecurityUtils.getSubject();
    if (!subject.isAuthenticated()) {
      throw new DomainException(
          DomainException.Kind.UNAUTHENTICATED, null, "Please sign in first.");
    }
    if (!subject.isPermitted(Permissions.TOKENS_MANAGE)) {
      throw DomainException.forbidden("Only token managers can recompute the leaderboards.");
    }
    if (running()) {
      throw DomainException.conflict(
          null, "A recomputation is running already; its boards appear when it finishes.");
    }
    return jobs.start(JOB, new Properties());
  }

  private boolean running() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select 1 from leaderboard_run where status = 'RUNNING'"
                    + " and started_at > now() - make_interval(mins => ?)"); ) {
      ps.setInt(1, STALE_MINUTES);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
