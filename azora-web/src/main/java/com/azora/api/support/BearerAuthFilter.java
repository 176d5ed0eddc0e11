package com.azora.api.support;

import com.azora.identity.application.AccessTokenCheck;
import com.azora.platform.security.AzoraPrincipal;
import com.azora.web.security.AzoraRealm;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * Authenticates API calls from {@code Authorization: Bearer <access token>} only, and binds the
 * caller as the Shiro subject for this request (sessionless), so services check permissions the
 * same way for pages and the API. Shiro's filter restores the previous thread state when the
 * request ends.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

  /** Jersey, not CDI, creates this provider: the bean is looked up on first use. */
  private volatile AccessTokenCheck tokens;

  @Override
  public void filter(ContainerRequestContext ctx) {
    String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      // The API authenticates by token only: a browser's session cookie must not act here, or a
      // page on another site could call the API as the signed-in user.
      ThreadContext.bind(
          new Subject.Builder(SecurityUtils.getSecurityManager())
              .sessionCreationEnabled(false)
              .buildSubject());
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.abortWith(ProblemMappers.of(new org.apache.shiro.authz.UnauthenticatedException()));
      return;
    }
    Optional<AzoraPrincipal> principal = tokens().authenticate(header.substring(7).strip());
    if (principal.isEmpty()) {
      ctx.abortWith(ProblemMappers.of(new org.apache.shiro.authz.UnauthenticatedException()));
      return;
    }
    Subject subject =
        new Subject.Builder(SecurityUtils.getSecurityManager())
            .principals(new SimplePrincipalCollection(principal.get(), AzoraRealm.NAME))
            .authenticated(true)
            .sessionCreationEnabled(false)
            .buildSubject();
    ThreadContext.bind(subject);
  }

  private AccessTokenCheck tokens() {
    AccessTokenCheck t = tokens;
    if (t == null) {
      t = CDI.current().select(AccessTokenCheck.class).get();
      tokens = t;
    }
    return t;
  }
}
