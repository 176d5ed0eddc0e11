package com.azora.web.identity;

import com.azora.identity.application.AuthService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {

  @EJB private AuthService auth;

  private String email;
  private boolean sent;

  public void send() {
    try {
      auth.requestPasswordReset(email, Faces.ip());
      sent = true;
    } catch (DomainException e) {
      Faces.show(e, "forgot");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
