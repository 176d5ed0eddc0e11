package com.azora.leaderboard.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.leaderboard.application.LeaderboardViews.Run;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin's view of leaderboard recomputations: recent runs, newest first, and their rows. */
@Stateless
@RequiresPermissions(Permissions.TOKENS_MANAGE)
public class LeaderboardAdminService {

  /** A run still marked running after this long is taken for dead and no longer blocks. */
  private static final int STALE_MINUTES = 10;

  @PersistenceContext private EntityManager em;

  /**
   * Refuses a new recomputation while one is running (one left behind by a dead node stops counting
   * after 10 minutes); the caller then starts the job.
   */
  public void assertCanRecompute() {
    if (!em.createNativeQuery(
            "select 1 from leaderboard_run where status = 'RUNNING'"
                + " and started_at > now() - make_interval(mins => ?1)")
        .setParameter(1, STALE_MINUTES)
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict(
          null, "A recomputation is running already; its boards appear when it finishes.");
    }
  }

  public PageResult<Run> runs(int first, int size) {
    long total =
        ((Number) em.createNativeQuery("select count(*) from leaderboard_run").getSingleResult())
            .longValue();
    List<?> rows =
        em.createNativeQuery(
                "select r.generation, r.slot, r.job_execution_id, r.status,"
                    + " r.generation = p.generation, r.started_at, r.finished_at,"
                    + " (select count(*) from leaderboard_entry e where e.generation = r.generation)"
                    + " from leaderboard_run r cross join leaderboard_pointer p"
                    + " order by r.generation desc offset ?1 limit ?2")
            .setParameter(1, Math.max(0, first))
            .setParameter(2, Math.min(Math.max(size, 1), 100))
            .getResultList();
    return new PageResult<>(
        rows.stream()
            .map(
                o -> {
                  Object[] r = (Object[]) o;
                  return new Run(
                      ((Number) r[0]).longValue(),
                      instant(r[1]),
                      r[2] == null ? null : ((Number) r[2]).longValue(),
                      (String) r[3],
                      Boolean.TRUE.equals(r[4]),
                      instant(r[5]),
                      instant(r[6]),
                      ((Number) r[7]).longValue());
                })
            .toList(),
        total);
  }
}
