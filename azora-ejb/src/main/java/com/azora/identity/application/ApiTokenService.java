package com.azora.identity.application;

import com.azora.identity.domain.AccessTokenClaims;
import com.azora.identity.domain.AccessTokenCodec;
import com.azora.identity.domain.RefreshToken;
import com.azora.identity.domain.Role;
import com.azora.identity.domain.Secrets;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.identity.infrastructure.AuthorizationData;
import com.azora.identity.infrastructure.SigningKeys;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.platform.security.Anonymous;
import com.azora.platform.security.AzoraPrincipal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API authentication: short-lived signed access tokens and rotating refresh tokens. Presenting a
 * refresh token that was already rotated revokes its whole family (it was stolen or replayed).
 */
@Stateless
@Anonymous
public class ApiTokenService {

  @Inject private SigningKeys keys;
  @Inject private AuthorizationData authz;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;

  /** Issues the first pair after a completed sign-in. */
  public TokenPair issue(AzoraPrincipal principal) {
    return pair(principal.userId(), principal.email(), UUID.randomUUID());
  }

  public TokenPair refresh(String refreshToken, String ip) {
    RefreshToken t = find(refreshToken).orElseThrow(ApiTokenService::invalidRefresh);
    Instant now = Instant.now(clock);
    if (t.wasRotated()) {
      em.createNamedQuery("RefreshToken.revokeFamily")
          .setParameter("now", now)
          .setParameter("family", t.getFamilyId())
          .executeUpdate();
      audit.record(
          SecurityEventType.REFRESH_TOKEN_REUSED, t.getUserId(), ip, "token family revoked");
      throw invalidRefresh();
    }
    if (!t.usableAt(now)) {
      throw invalidRefresh();
    }
    Set<Role> roles = authz.activeRoles(t.getUserId());
    if (roles.isEmpty()) {
      throw invalidRefresh();
    }
    t.rotate(now);
    String email =
        (String)
            em.createNativeQuery("select email from app_user where id = ?1")
                .setParameter(1, t.getUserId())
                .getSingleResult();
    return pair(t.getUserId(), email, t.getFamilyId());
  }

  /** Revokes the refresh token's family (API logout). Unknown tokens are ignored. */
  public void logout(String refreshToken, String ip) {
    find(refreshToken)
        .ifPresent(
            t -> {
              em.createNamedQuery("RefreshToken.revokeFamily")
                  .setParameter("now", Instant.now(clock))
                  .setParameter("family", t.getFamilyId())
                  .executeUpdate();
              audit.record(SecurityEventType.LOGOUT, t.getUserId(), ip, "api");
            });
  }

  private TokenPair pair(long userId, String email, UUID family) {
    Instant now = Instant.now(clock);
    Set<String> roles =
        authz.activeRoles(userId).stream().map(Enum::name).collect(Collectors.toSet());
    String refresh = Secrets.randomToken(32);
    em.persist(
        new RefreshToken(
            userId,
            family,
            Secrets.sha256Hex(refresh),
            now,
            now.plus(Duration.ofDays(ConfigKey.REFRESH_TOKEN_DAYS.asInt()))));
    return new TokenPair(codec().issue(userId, email, roles), ttl().toSeconds(), refresh);
  }

  private Optional<RefreshToken> find(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    return em.createNamedQuery("RefreshToken.byHash", RefreshToken.class)
        .setParameter("hash", Secrets.sha256Hex(token.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The codec of access tokens, for {@link AccessTokenCheck}; it only reads. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public AccessTokenCodec codec() {
    return keys.accessTokenCodec(clock, ttl());
  }

  /** How long an issued access token is valid. */
  static Duration ttl() {
    return Duration.ofSeconds(ConfigKey.ACCESS_TOKEN_SECONDS.asInt());
  }

  private static AuthenticationFailedException invalidRefresh() {
    return new AuthenticationFailedException(
        "The refresh token is invalid, expired or revoked. Sign in again.", Duration.ZERO);
  }

  /** Claims are exposed for tests of token contents. */
  public Optional<AccessTokenClaims> claims(String accessToken) {
    return codec().verify(accessToken);
  }
}
