package com.azora.it;

import com.azora.identity.domain.Role;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Grants one role and its permissions to whoever asks, so a test can build a subject of that role
 * without the web module's realm. Subjects are built as authenticated, never logged in.
 */
final class RoleRealm extends AuthorizingRealm {

  private final Role role;

  RoleRealm(Role role) {
    this.role = role;
    setName("test");
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(java.util.Set.of(role.name()));
    info.setStringPermissions(role.permissions());
    return info;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    return null;
  }
}
