package com.azora.web.security;

import org.apache.shiro.authc.AuthenticationToken;

/**
 * A single-use login grant issued by {@code AuthService} once the password (and TOTP, when on) were
 * checked. The realm redeems it and records the opened session's key back on the token.
 */
public class GrantToken implements AuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final String grant;
  private final String ip;
  private final String userAgent;
  private transient String sessionKey;

  public GrantToken(String grant, String ip, String userAgent) {
    this.grant = grant;
    this.ip = ip;
    this.userAgent = userAgent;
  }

  @Override
  public Object getPrincipal() {
    return grant;
  }

  @Override
  public Object getCredentials() {
    return grant;
  }

  public String ip() {
    return ip;
  }

  public String userAgent() {
    return userAgent;
  }

  public String sessionKey() {
    return sessionKey;
  }

  void sessionKey(String key) {
    this.sessionKey = key;
  }
}
