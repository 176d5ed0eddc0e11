package com.azora.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Where the tracked session's key lives inside the HTTP session. */
public final class SessionKeys {
  public static final String ATTRIBUTE = "azora.sessionKey";
  public static final String LOGIN_CHALLENGE = "azora.loginChallenge";

  private SessionKeys() {}

  public static String current(HttpServletRequest req) {
    HttpSession s = req.getSession(false);
    return s == null ? null : (String) s.getAttribute(ATTRIBUTE);
  }
}
