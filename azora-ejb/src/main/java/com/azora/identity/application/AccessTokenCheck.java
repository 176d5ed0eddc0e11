package com.azora.identity.application;

import com.azora.identity.domain.AccessTokenCodec;
import com.azora.identity.infrastructure.AuthorizationData;
import com.azora.platform.security.AzoraPrincipal;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The check of every API call's access token: a valid signature and an account that is still
 * active, read fresh from the database. A CDI bean, not an EJB: it only reads, outside any
 * transaction, and each EJB call (the container's interceptors and transaction handling) cost the
 * transfer API about 2 % of its CPU.
 */
@ApplicationScoped
public class AccessTokenCheck {

  // The codec comes through the EJB: its signing key may be loaded with the persistence unit, which
  // only EJBs see when the WAR is calling (docs/architecture.md).
  @EJB private ApiTokenService apiTokens;
  private volatile AccessTokenCodec codec;

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  /** The principal an access token proves, if the token is valid and the account still active. */
  public Optional<AzoraPrincipal> authenticate(String accessToken) {
    AccessTokenCodec current = codec;
    if (current == null || !current.issuesFor(ApiTokenService.ttl())) {
      current = apiTokens.codec();
      codec = current;
    }
    return current
        .verify(accessToken)
        .filter(c -> !AuthorizationData.committedRoles(dataSource, c.userId()).isEmpty())
        .map(c -> new AzoraPrincipal(c.userId(), c.email(), false));
  }
}
