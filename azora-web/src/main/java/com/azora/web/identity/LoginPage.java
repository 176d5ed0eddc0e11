package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.identity.application.LoginStep;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.web.security.SessionKeys;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sign-in with email and password; hands over to the TOTP page when 2FA is on. */
@Named
@RequestScoped
public class LoginPage {

  @EJB private AuthService auth;
  @Inject private LoginCompletion completion;

  private String email;
  private String password;

  public String login() {
    try {
      LoginStep step = auth.authenticatePassword(email, password, Faces.ip());
      if (step.secondFactorRequired()) {
        Faces.request().getSession(true).setAttribute(SessionKeys.LOGIN_CHALLENGE, step.token());
        return "/login-2fa?faces-redirect=true";
      }
      return completion.complete(step.token());
    } catch (AuthenticationFailedException e) {
      Faces.error("login:password", e.getMessage());
      return null;
    }
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
}
