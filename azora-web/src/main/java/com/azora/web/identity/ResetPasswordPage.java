package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Chooses a new password from an emailed reset link. */
@Named
@RequestScoped
public class ResetPasswordPage {

  @EJB private AuthService auth;

  private String token;
  private String password;
  private boolean usable;
  private boolean done;

  public void load() {
    usable = auth.resetTokenUsable(token);
  }

  public void reset() {
    try {
      auth.resetPassword(token, password, Faces.ip());
      done = true;
    } catch (DomainException e) {
      usable = e.kind() != DomainException.Kind.GONE;
      Faces.show(e, "reset");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isUsable() {
    return usable;
  }

  public boolean isDone() {
    return done;
  }
}
