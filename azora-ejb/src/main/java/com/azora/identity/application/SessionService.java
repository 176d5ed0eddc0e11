package com.azora.identity.application;

import com.azora.identity.domain.Secrets;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.domain.UserSession;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.identity.infrastructure.SessionRegistry;
import com.azora.platform.security.Anonymous;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/** Browser sessions: checked on each request, listed and ended by their owner. */
@Stateless
public class SessionService {

  @Inject private SessionRegistry registry;
  @Inject private AuditLog audit;
  @PersistenceContext private EntityManager em;

  /** Whether the session with this secret key may continue (the key itself is the credential). */
  @Anonymous
  public boolean checkAndTouch(String sessionKey) {
    return registry.checkAndTouch(sessionKey);
  }

  /** Ends the session on logout. */
  @Anonymous
  public void logout(String sessionKey, String ip) {
    registry
        .find(sessionKey)
        .ifPresent(
            s -> {
              registry.end(sessionKey, "LOGOUT");
              audit.record(SecurityEventType.LOGOUT, s.getUserId(), ip, null);
            });
  }

  @RequiresAuthentication
  public List<SessionView> mySessions(String currentKey) {
    String currentHash = currentKey == null ? "" : Secrets.sha256Hex(currentKey);
    return em
        .createNamedQuery("UserSession.activeByUser", UserSession.class)
        .setParameter("userId", CurrentUser.id())
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(
            s ->
                new SessionView(
                    s.getId(),
                    s.getCreatedAt(),
                    s.getLastSeenAt(),
                    s.getIp(),
                    s.getUserAgent(),
                    s.getSessionHash().equals(currentHash)))
        .toList();
  }

  /** "Sign out other sessions": ends every session of the caller but this one. */
  @RequiresAuthentication
  public int endOtherSessions(String currentKey, String ip) {
    long id = CurrentUser.id();
    int ended = registry.endAllExcept(id, currentKey, "SIGNED_OUT_BY_USER");
    audit.record(SecurityEventType.SESSIONS_ENDED, id, ip, ended + " other session(s)");
    return ended;
  }
}
