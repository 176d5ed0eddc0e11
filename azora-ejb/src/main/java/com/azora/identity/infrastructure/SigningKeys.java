package com.azora.identity.infrastructure;

import com.azora.identity.domain.AccessTokenCodec;
import com.azora.identity.domain.Secrets;
import com.azora.platform.config.ConfigKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The API token signing key: the configured one, or one generated on first use and stored in the
 * database so every cluster node signs and verifies with the same key; and the codec that uses it.
 */
@ApplicationScoped
public class SigningKeys {

  private static final String NAME = "api-token-hmac";
  private static final String ISSUER = "azora";

  @PersistenceContext private EntityManager em;
  private volatile byte[] cached;
  private volatile AccessTokenCodec codec;

  /**
   * The codec of API access tokens signed with {@link #accessTokenKey}. One lives while the tokens'
   * lifetime stays the same, so the tokens it verified are not checked again on every call.
   */
  public AccessTokenCodec accessTokenCodec(Clock clock, Duration ttl) {
    AccessTokenCodec c = codec;
    if (c == null || !c.issuesFor(ttl)) {
      c = new AccessTokenCodec(accessTokenKey(), clock, ttl, ISSUER);
      codec = c;
    }
    return c;
  }

  public byte[] accessTokenKey() {
    byte[] key = cached;
    if (key == null) {
      String configured = ConfigKey.JWT_SECRET.value();
      key =
          configured.isBlank()
              ? Base64.getUrlDecoder().decode(loadOrCreate())
              : configured.getBytes(StandardCharsets.UTF_8);
      cached = key;
    }
    return key;
  }

  private String loadOrCreate() {
    em.createNativeQuery(
            "insert into app_secret (name, value) values (?1, ?2) on conflict (name) do nothing")
        .setParameter(1, NAME)
        .setParameter(2, Secrets.randomToken(48))
        .executeUpdate();
    return (String)
        em.createNativeQuery("select value from app_secret where name = ?1")
            .setParameter(1, NAME)
            .getSingleResult();
  }
}
