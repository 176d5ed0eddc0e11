package com.azora.web.identity;

import com.azora.identity.application.AccountService;
import com.azora.identity.application.AccountView;
import com.azora.identity.application.SessionService;
import com.azora.identity.application.SessionView;
import com.azora.identity.application.TotpSetup;
import com.azora.identity.infrastructure.QrCodes;
import com.azora.platform.error.DomainException;
import com.azora.web.security.SessionKeys;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Password change, two-factor set-up and removal, recovery codes, and active sessions. */
@Named
@ViewScoped
public class SecurityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService account;
  @EJB private SessionService sessions;

  private AccountView me;
  private List<SessionView> activeSessions;
  private String currentPassword;
  private String newPassword;
  private TotpSetup setup;
  private String qrDataUri;
  private String code;
  private String confirmPassword;
  private List<String> recoveryCodes;

  @PostConstruct
  void load() {
    me = account.me();
    activeSessions = sessions.mySessions(SessionKeys.current(Faces.request()));
  }

  public void changePassword() {
    try {
      account.changePassword(
          currentPassword, newPassword, SessionKeys.current(Faces.request()), Faces.ip());
      currentPassword = null;
      newPassword = null;
      load();
      Faces.info("Password changed. Your other sessions were signed out.");
    } catch (DomainException e) {
      Faces.show(e, "password");
    }
  }

  public void beginTotp() {
    try {
      setup = account.beginTotp();
      qrDataUri = QrCodes.pngDataUri(setup.otpauthUri(), 220);
      recoveryCodes = null;
    } catch (DomainException e) {
      Faces.show(e, "tfa");
    }
  }

  public void confirmTotp() {
    try {
      recoveryCodes = account.confirmTotp(code, Faces.ip());
      setup = null;
      qrDataUri = null;
      code = null;
      load();
      Faces.info("Two-factor authentication is on. Keep your recovery codes somewhere safe.");
    } catch (DomainException e) {
      Faces.show(e, "tfa");
    }
  }

  public void disableTotp() {
    try {
      account.disableTotp(confirmPassword, Faces.ip());
      confirmPassword = null;
      recoveryCodes = null;
      load();
      Faces.info("Two-factor authentication is off.");
    } catch (DomainException e) {
      Faces.show(e, "tfaOff");
    }
  }

  public void regenerateCodes() {
    try {
      recoveryCodes = account.regenerateRecoveryCodes(confirmPassword, Faces.ip());
      confirmPassword = null;
      load();
      Faces.info("New recovery codes made; the old ones no longer work.");
    } catch (DomainException e) {
      Faces.show(e, "tfaOff");
    }
  }

  public void signOutOthers() {
    int ended = sessions.endOtherSessions(SessionKeys.current(Faces.request()), Faces.ip());
    load();
    Faces.info(
        ended == 0 ? "No other sessions were open." : ended + " other session(s) signed out.");
  }

  public AccountView getMe() {
    return me;
  }

  public List<SessionView> getActiveSessions() {
    return activeSessions;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public TotpSetup getSetup() {
    return setup;
  }

  public String getQrDataUri() {
    return qrDataUri;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
