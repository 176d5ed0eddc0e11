package com.azora.web.identity;

import com.azora.identity.application.SessionService;
import com.azora.platform.alert.AlertInbox;
import com.azora.platform.security.AzoraPrincipal;
import com.azora.platform.security.CurrentUser;
import com.azora.web.security.SessionKeys;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.apache.shiro.SecurityUtils;

/** The template's header: who is signed in, which menus they see, and sign-out. */
@Named
@RequestScoped
public class Nav {

  @EJB private SessionService sessions;
  @EJB private AlertInbox alerts;

  private final Map<String, Boolean> roleChecks = new HashMap<>();
  private Long openAlerts;

  public boolean isSignedIn() {
    return CurrentUser.find().isPresent();
  }

  public String getEmail() {
    return CurrentUser.find().map(AzoraPrincipal::email).orElse("");
  }

  /** Demo accounts see a banner on every page. */
  public boolean isDemo() {
    return CurrentUser.find().map(AzoraPrincipal::demo).orElse(false);
  }

  /** Asked several times per render; each role is looked up in the database once per request. */
  public boolean hasRole(String role) {
    return isSignedIn()
        && roleChecks.computeIfAbsent(role, r -> SecurityUtils.getSubject().hasRole(r));
  }

  public boolean isEducator() {
    return hasRole("EDUCATOR");
  }

  public boolean isAdmin() {
    return hasRole("ADMIN");
  }

  /** Alerts no admin has acknowledged yet (admins only; counted once per request). */
  public long getOpenAlerts() {
    if (openAlerts == null) {
      openAlerts = isAdmin() ? alerts.openCount() : 0L;
    }
    return openAlerts;
  }

  public String logout() {
    String key = SessionKeys.current(Faces.request());
    if (key != null) {
      sessions.logout(key, Faces.ip());
    }
    SecurityUtils.getSubject().logout();
    return "/index?faces-redirect=true&signedOut=true";
  }
}
