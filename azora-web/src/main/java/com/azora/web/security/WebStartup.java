package com.azora.web.security;

import com.azora.platform.config.ConfigKey;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Session cookie flags, set at start-up from configuration (SameSite comes from the HTTP listener,
 * set by server-config): HttpOnly and Secure unless explicitly turned off (browsers accept Secure
 * cookies on http://localhost too).
 */
@WebListener
public class WebStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent sce) {
    SessionCookieConfig cookie = sce.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(ConfigKey.COOKIE_SECURE.asBoolean());
    cookie.setPath("/");
    sce.getServletContext().setSessionTimeout(Math.max(1, ConfigKey.SESSION_IDLE_MINUTES.asInt()));
  }
}
