package com.azora.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Client address and agent as recorded in sessions and the audit log. */
public final class ClientInfo {
  private ClientInfo() {}

  /** The socket peer; a proxy's X-Forwarded-For is not trusted unless the server is set up so. */
  public static String ip(HttpServletRequest req) {
    return req == null ? null : req.getRemoteAddr();
  }

  public static String userAgent(HttpServletRequest req) {
    return req == null ? null : req.getHeader("User-Agent");
  }
}
