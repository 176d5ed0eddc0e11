package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.identity.application.Registration;
import com.azora.identity.domain.Role;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;

/** Sign-up; EDUCATOR and EMPLOYER can be requested here and wait for an admin. */
@Named
@RequestScoped
public class RegisterPage {

  @EJB private AuthService auth;

  private String displayName;
  private String email;
  private String password;
  private boolean wantsToTeach;
  private boolean wantsToHire;
  private boolean done;

  public void register() {
    Set<Role> requested = EnumSet.noneOf(Role.class);
    if (wantsToTeach) {
      requested.add(Role.EDUCATOR);
    }
    if (wantsToHire) {
      requested.add(Role.EMPLOYER);
    }
    try {
      auth.register(new Registration(displayName, email, password, requested), Faces.ip());
      done = true;
    } catch (DomainException e) {
      Faces.show(e, "register");
    }
  }

  public boolean isDone() {
    return done;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isWantsToTeach() {
    return wantsToTeach;
  }

  public void setWantsToTeach(boolean wantsToTeach) {
    this.wantsToTeach = wantsToTeach;
  }

  public boolean isWantsToHire() {
    return wantsToHire;
  }

  public void setWantsToHire(boolean wantsToHire) {
    this.wantsToHire = wantsToHire;
  }
}
