package com.azora.identity.infrastructure;

import com.azora.identity.domain.Secrets;
import com.azora.identity.domain.UserSession;
import com.azora.platform.config.ConfigKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signed-in sessions as rows, so ending one takes effect on every cluster node. */
@ApplicationScoped
public class SessionRegistry {

  /** last_seen_at is written at most this often, to keep requests read-only most of the time. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Opens a session and returns its key (only the key's hash is stored). */
  public String open(long userId, String ip, String userAgent) {
    String key = Secrets.randomToken(32);
    em.persist(new UserSession(userId, Secrets.sha256Hex(key), ip, userAgent, Instant.now(clock)));
    return key;
  }

  public Optional<UserSession> find(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserSession.byHash", UserSession.class)
        .setParameter("hash", Secrets.sha256Hex(key))
        .getResultStream()
        .findFirst();
  }

  /** True while the session may go on; records activity and ends it once timed out. */
  public boolean checkAndTouch(String key) {
    Optional<UserSession> found = find(key);
    if (found.isEmpty()) {
      return false;
    }
    UserSession s = found.get();
    Instant now = Instant.now(clock);
    if (!s.activeAt(
        now,
        ConfigKey.SESSION_IDLE_MINUTES.minutes(),
        ConfigKey.SESSION_ABSOLUTE_MINUTES.minutes())) {
      s.end(s.getEndedAt() == null ? "TIMEOUT" : null, now);
      return false;
    }
    if (Duration.between(s.getLastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
      s.touch(now);
    }
    return true;
  }

  public void end(String key, String reason) {
    find(key).ifPresent(s -> s.end(reason, Instant.now(clock)));
  }

  /**
   * Signs the user out everywhere but {@code keepKey}'s browser session: other sessions end and
   * every API refresh token is revoked (after a password change, reset or disabling).
   */
  public void signOutEverywhereElse(long userId, String keepKey, String reason) {
    endAllExcept(userId, keepKey, reason);
    em.createNamedQuery("RefreshToken.revokeUser")
        .setParameter("now", Instant.now(clock))
        .setParameter("userId", userId)
        .executeUpdate();
  }

  /** Ends every session of the user except the one with {@code keepKey} (null ends all). */
  public int endAllExcept(long userId, String keepKey, String reason) {
    return em.createNamedQuery("UserSession.endAllOf")
        .setParameter("now", Instant.now(clock))
        .setParameter("reason", reason)
        .setParameter("userId", userId)
        .setParameter("keep", keepKey == null ? "" : Secrets.sha256Hex(keepKey))
        .executeUpdate();
  }
}
