package com.azora.web.security;

import com.azora.identity.application.AuthService;
import com.azora.identity.application.GrantedLogin;
import com.azora.identity.domain.Role;
import com.azora.identity.infrastructure.AuthorizationData;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.platform.security.AzoraPrincipal;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Azora's only realm. Credentials are checked by {@code AuthService} before Shiro is involved, so
 * this realm accepts a {@link GrantToken} by redeeming it, and reads roles fresh from PostgreSQL
 * for each check so role changes and disabling take effect at once.
 */
public class AzoraRealm extends AuthorizingRealm {

  public static final String NAME = "azora";

  public AzoraRealm() {
    setName(NAME);
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthenticationTokenClass(GrantToken.class);
    setAuthorizationCachingEnabled(false);
    setAuthenticationCachingEnabled(false);
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    GrantToken grant = (GrantToken) token;
    try {
      GrantedLogin login =
          CDI.current()
              .select(AuthService.class)
              .get()
              .redeemGrant((String) grant.getCredentials(), grant.ip(), grant.userAgent(), true);
      grant.sessionKey(login.sessionKey());
      return new SimpleAuthenticationInfo(login.principal(), grant.getCredentials(), NAME);
    } catch (AuthenticationFailedException e) {
      throw new AuthenticationException(e.getMessage(), e);
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AzoraPrincipal p = principals.oneByType(AzoraPrincipal.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (p == null) {
      return info;
    }
    Set<Role> roles = CDI.current().select(AuthorizationData.class).get().activeRoles(p.userId());
    for (Role r : roles) {
      info.addRole(r.name());
      info.addStringPermissions(r.permissions());
    }
    return info;
  }
}
