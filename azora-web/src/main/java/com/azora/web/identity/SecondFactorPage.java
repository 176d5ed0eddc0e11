package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.web.security.SessionKeys;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** Second sign-in step: a code from the authenticator app, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorPage {

  @EJB private AuthService auth;
  @Inject private LoginCompletion completion;

  private String code;

  /** Without a pending challenge there is nothing to answer: back to the first step. */
  public String check() {
    HttpSession s = Faces.request().getSession(false);
    if (s == null || s.getAttribute(SessionKeys.LOGIN_CHALLENGE) == null) {
      return "/login?faces-redirect=true";
    }
    return null;
  }

  public String verify() {
    HttpSession s = Faces.request().getSession(false);
    String challenge = s == null ? null : (String) s.getAttribute(SessionKeys.LOGIN_CHALLENGE);
    try {
      String grant = auth.verifySecondFactor(challenge, code, Faces.ip());
      return completion.complete(grant);
    } catch (AuthenticationFailedException e) {
      Faces.error("tfa:code", e.getMessage());
      return null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
