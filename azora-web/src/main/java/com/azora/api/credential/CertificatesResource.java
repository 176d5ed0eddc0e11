package com.azora.api.credential;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.Verification;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Anyone may check a certificate by its public code; no token needed. */
@Path("/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

  @EJB private CertificateService certificates;

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Verify a certificate by its public code (public)",
      description =
          "valid is true when the certificate was issued, is not revoked and its stored content"
              + " still matches its SHA-256; a revoked one carries revokedAt and revokedReason."
              + " Unknown codes answer 404 problem+json.")
  public Verification get(@PathParam("code") String code) {
    return certificates
        .verify(code)
        .orElseThrow(() -> DomainException.notFound("No certificate has this code."));
  }
}
