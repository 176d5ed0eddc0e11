package com.azora.web.identity;

import com.azora.identity.application.AccountService;
import com.azora.identity.application.AccountView;
import com.azora.identity.application.SecurityEventView;
import com.azora.identity.domain.Role;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The signed-in home: account state, role requests, recent security events. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService account;

  private AccountView me;
  private List<SecurityEventView> events;
  private Role requestedRole = Role.EDUCATOR;
  private String motivation;

  @PostConstruct
  void load() {
    me = account.me();
    events = account.recentEvents(10);
  }

  public void requestRole() {
    try {
      account.requestRole(requestedRole, motivation, Faces.ip());
      Faces.info("Your request for the " + requestedRole.name().toLowerCase() + " role was sent.");
      motivation = null;
      load();
    } catch (DomainException e) {
      Faces.show(e, "roleRequest");
    }
  }

  /** Roles the user could still ask for. */
  public List<Role> getRequestableRoles() {
    return List.of(Role.EDUCATOR, Role.EMPLOYER).stream()
        .filter(r -> !me.roles().contains(r))
        .toList();
  }

  public AccountView getMe() {
    return me;
  }

  public List<SecurityEventView> getEvents() {
    return events;
  }

  public Role getRequestedRole() {
    return requestedRole;
  }

  public void setRequestedRole(Role requestedRole) {
    this.requestedRole = requestedRole;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }
}
