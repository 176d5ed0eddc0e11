package com.azora.web.credential;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.MyCertificate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in learner's certificates, each with its PDF and public verification link. */
@Named
@RequestScoped
public class MyCertificatesPage {

  @EJB private CertificateService certificates;

  private List<MyCertificate> mine;

  public List<MyCertificate> getCertificates() {
    if (mine == null) {
      mine = certificates.mine();
    }
    return mine;
  }
}
