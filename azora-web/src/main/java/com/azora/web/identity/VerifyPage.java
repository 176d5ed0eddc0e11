package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Opens the emailed confirmation link. */
@Named
@RequestScoped
public class VerifyPage {

  @EJB private AuthService auth;

  private String token;
  private boolean verified;
  private String problem;

  public void verify() {
    try {
      auth.verifyEmail(token, Faces.ip());
      verified = true;
    } catch (DomainException e) {
      problem = e.getMessage();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isVerified() {
    return verified;
  }

  public String getProblem() {
    return problem;
  }
}
