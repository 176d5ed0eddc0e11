package com.azora.identity.infrastructure;

import com.azora.identity.domain.Secrets;
import com.azora.platform.config.ConfigKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The API token signing key: the configured one, or one generated on first use and stored in the
 * database so every cluster node signs and verifies with the same key.
 */
@ApplicationScoped
public class SigningKeys {

  private static final String NAME = "api-token-hmac";

  @PersistenceContext private EntityManager em;
  private volatile byte[] cached;

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
