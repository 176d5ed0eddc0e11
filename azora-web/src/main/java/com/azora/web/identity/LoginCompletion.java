package com.azora.web.identity;

import com.azora.platform.error.AuthenticationFailedException;
import com.azora.web.security.GrantToken;
import com.azora.web.security.SessionKeys;
import com.azora.web.support.Faces;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/**
 * Turns a login grant into a Shiro session: logs in, renews the session id (no fixation), keeps the
 * tracked session's key, and returns where the user was going.
 */
@Dependent
public class LoginCompletion {

  public String complete(String grant) {
    HttpServletRequest req = Faces.request();
    SavedRequest saved = WebUtils.getSavedRequest(req);
    Subject subject = SecurityUtils.getSubject();
    GrantToken token = new GrantToken(grant, Faces.ip(), Faces.userAgent());
    try {
      subject.login(token);
    } catch (AuthenticationException e) {
      throw new AuthenticationFailedException(e.getMessage(), java.time.Duration.ZERO);
    }
    req.changeSessionId();
    HttpSession session = req.getSession();
    session.removeAttribute(SessionKeys.LOGIN_CHALLENGE);
    session.setAttribute(SessionKeys.ATTRIBUTE, token.sessionKey());
    String target = "/account/dashboard.xhtml";
    if (saved != null && saved.getRequestURI() != null && isLocalPage(saved.getRequestURI())) {
      target = saved.getRequestUrl().substring(req.getContextPath().length());
    }
    Faces.redirect(target);
    return null;
  }

  private static boolean isLocalPage(String uri) {
    return uri.startsWith("/") && !uri.startsWith("//") && uri.endsWith(".xhtml");
  }
}
