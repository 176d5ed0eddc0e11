package com.azora.identity.infrastructure;

import com.azora.identity.domain.OneTimeToken;
import com.azora.identity.domain.OneTimeToken.Purpose;
import com.azora.identity.domain.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and redeems single-use tokens; issuing a new one voids the user's older open ones. */
@ApplicationScoped
public class OneTimeTokens {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public String issue(long userId, Purpose purpose, Duration ttl) {
    Instant now = Instant.now(clock);
    em.createNamedQuery("OneTimeToken.invalidateOpen")
        .setParameter("now", now)
        .setParameter("userId", userId)
        .setParameter("purpose", purpose)
        .executeUpdate();
    String token = Secrets.randomToken(32);
    em.persist(new OneTimeToken(userId, purpose, Secrets.sha256Hex(token), now, now.plus(ttl)));
    return token;
  }

  /** The user id the token was issued to, consuming it; empty when unknown, used or expired. */
  public Optional<Long> redeem(String token, Purpose purpose) {
    return peek(token, purpose)
        .map(
            t -> {
              t.use(Instant.now(clock));
              return t.getUserId();
            });
  }

  /** The still-usable token, locked for this transaction, without consuming it. */
  public Optional<OneTimeToken> peek(String token, Purpose purpose) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    return em.createNamedQuery("OneTimeToken.byHash", OneTimeToken.class)
        .setParameter("hash", Secrets.sha256Hex(token.strip()))
        .setParameter("purpose", purpose)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .filter(t -> t.usableAt(now));
  }
}
