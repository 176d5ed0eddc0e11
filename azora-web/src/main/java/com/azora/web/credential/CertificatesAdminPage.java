package com.azora.web.credential;

import com.azora.credential.application.CertificateAdminService;
import com.azora.credential.application.CredentialViews.CertificateRow;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Admin list of issued certificates: search by code or learner email, revoke with a reason. */
@Named
@ViewScoped
public class CertificatesAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateAdminService admin;

  private String text;
  private String reason;
  private final PagedModel<CertificateRow> certificates =
      new PagedModel<>((first, size) -> admin.search(text, first, size));

  public void revoke(long certificateId) {
    try {
      admin.revoke(certificateId, reason, Faces.ip());
      reason = null;
      Faces.info("Certificate revoked; its verification page says so now.");
    } catch (DomainException e) {
      Faces.show(e, "certificates");
    }
  }

  public PagedModel<CertificateRow> getCertificates() {
    return certificates;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
