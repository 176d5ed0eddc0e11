package com.azora.web.security;

import com.azora.identity.application.SessionService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Ends a signed-in browser session as soon as its database row says so: logout elsewhere, "sign out
 * other sessions", a password change, a disabled account, or the idle/absolute timeout. Runs after
 * Shiro's filter (declared after it in web.xml).
 */
@WebFilter(filterName = "SessionGuard")
public class SessionGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB private SessionService sessions;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getSession(false) != null && !isStaticResource(req)) {
      Subject subject = SecurityUtils.getSubject();
      if (subject.isAuthenticated()) {
        String key = SessionKeys.current(req);
        if (key == null || !sessions.checkAndTouch(key)) {
          subject.logout();
          if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
            res.setContentType("text/xml;charset=UTF-8");
            res.getWriter()
                .write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + req.getContextPath()
                        + "/login.xhtml?ended=true\"/></partial-response>");
          } else {
            res.sendRedirect(req.getContextPath() + "/login.xhtml?ended=true");
          }
          return;
        }
      }
    }
    chain.doFilter(req, res);
  }

  private static boolean isStaticResource(HttpServletRequest req) {
    return req.getRequestURI().contains("/jakarta.faces.resource/");
  }
}
