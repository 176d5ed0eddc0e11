package com.azora.batch.leaderboard;

import com.azora.batch.BatchJobs;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Properties;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** Starts leaderboard-recompute: on schedule, or when an admin asks for it now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaderboardRecompute {

  public static final String JOB = "leaderboard-recompute";

  @EJB private BatchJobs jobs;

  /** The timer's run for a quarter-hour slot; returns the job execution id. */
  public long scheduled(Instant slot) {
    Properties p = new Properties();
    p.setProperty("slot", slot.toString());
    return jobs.start(JOB, p);
  }

  /**
   * The admin's "Recompute now" (needs the token-management permission); returns the job execution
   * id. Callers ask {@code LeaderboardAdminService.assertCanRecompute()} first: this module has no
   * authorization interceptor and its exceptions reach callers wrapped, so the check here is only
   * the last line of defence.
   */
  public long now() {
    Subject subject = SecurityUtils.getSubject();
    if (!subject.isAuthenticated() || !subject.isPermitted(Permissions.TOKENS_MANAGE)) {
      throw DomainException.forbidden("Only token managers can recompute the leaderboards.");
    }
    return jobs.start(JOB, new Properties());
  }
}
