package com.azora.web.credential;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.Verification;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The public verification page: anyone may check a code, and optionally compare a fingerprint they
 * hold with the one on record. Stateless, so it creates no HTTP session.
 */
@Named
@RequestScoped
public class VerifyCertificatePage {

  @EJB private CertificateService certificates;

  private String code;
  private String hash;
  private Verification result;

  public void load() {
    result = certificates.verify(code).orElse(null);
    if (result == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** Whether the visitor pasted a fingerprint to compare. */
  public boolean isHashGiven() {
    return hash != null && !hash.isBlank();
  }

  public boolean isHashMatches() {
    return result != null
        && isHashGiven()
        && result.sha256().equals(hash.strip().toLowerCase(Locale.ROOT));
  }

  public Verification getResult() {
    return result;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getHash() {
    return hash;
  }

  public void setHash(String hash) {
    this.hash = hash;
  }
}
