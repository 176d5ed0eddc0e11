package com.azora.identity.infrastructure;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.identity.domain.LoginBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failure counters per account and per client IP (a quiet quarter of an hour starts the count
 * afresh), in PostgreSQL so every cluster node applies the same back-off. Keys look like {@code
 * acct:jane@example.com} or {@code ip:203.0.113.9}.
 */
@ApplicationScoped
public class LoginThrottles {

  @PersistenceContext private EntityManager em;

  /** How long the caller must still wait (zero when none of the keys is locked). */
  public Duration waitFor(Instant now, String accountKey, String ipKey) {
    @SuppressWarnings("unchecked")
    List<Object> until =
        em.createNativeQuery(
                "select max(locked_until) from login_throttle where throttle_key in (?1, ?2)")
            .setParameter(1, accountKey)
            .setParameter(2, ipKey)
            .getResultList();
    Object v = until.isEmpty() ? null : until.get(0);
    if (v == null) {
      return Duration.ZERO;
    }
    Instant lockedUntil = instant(v);
    return lockedUntil.isAfter(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
  }

  /** Counts one more failure and locks the key per {@link LoginBackoff}. */
  public void recordFailure(String key, int freeFailures, Instant now) {
    Number failures =
        (Number)
            em.createNativeQuery(
                    "insert into login_throttle (throttle_key, failures, last_failure_at)"
                        + " values (?1, 1, ?2) on conflict (throttle_key) do update set failures ="
                        + " case when login_throttle.last_failure_at < excluded.last_failure_at -"
                        + " interval '15 minutes' then 1 else login_throttle.failures + 1 end,"
                        + " last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, key)
                .setParameter(2, java.sql.Timestamp.from(now))
                .getSingleResult();
    Duration lock = LoginBackoff.lockFor(failures.intValue(), freeFailures);
    if (!lock.isZero()) {
      em.createNativeQuery("update login_throttle set locked_until = ?1 where throttle_key = ?2")
          .setParameter(1, java.sql.Timestamp.from(now.plus(lock)))
          .setParameter(2, key)
          .executeUpdate();
    }
  }

  public void reset(String key) {
    em.createNativeQuery("delete from login_throttle where throttle_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }
}
