package com.azora.api.credential;

import com.azora.credential.application.CertificateService;
import com.azora.credential.application.CredentialViews.Verification;
import com.azora.credential.domain.Certificate;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Anyone may check a certificate by its public code, or take it as an Open Badges 3.0 credential;
 * no token needed.
 */
@Path("/certificates")
@ApplicationScoped
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

  @GET
  @Path("/{code}/badge")
  @Operation(
      summary = "The certificate as an Open Badges 3.0 credential (public)",
      description =
          "An unsigned OpenBadgeCredential (no proof): verify it against GET"
              + " /api/certificates/{code}. Revoked certificates answer 410, unknown codes 404.")
  public JsonObject badge(@PathParam("code") String code) {
    Verification v = get(code);
    if (v.status() == Certificate.Status.REVOKED) {
      throw new DomainException(
          DomainException.Kind.GONE, null, "This certificate was revoked: " + v.revokedReason());
    }
    String base = v.verifyUrl().substring(0, v.verifyUrl().indexOf("/verify/"));
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
        .add("id", v.verifyUrl())
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add(
            "issuer",
            Json.createObjectBuilder()
                .add("id", base)
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", "Azora")
                .add("url", base))
        .add("validFrom", v.issuedAt().toString())
        .add("awardedDate", v.issuedAt().toString())
        .add("name", "Certificate of completion: " + v.courseTitle())
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add(
                    "identifier",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "IdentityObject")
                                .add("identityType", "name")
                                .add("hashed", false)
                                .add("identityHash", v.learnerName())))
                .add(
                    "achievement",
                    Json.createObjectBuilder()
                        .add("id", base + "/course.xhtml?slug=" + v.courseSlug())
                        .add("type", Json.createArrayBuilder().add("Achievement"))
                        .add("achievementType", "Course")
                        .add("name", v.courseTitle())
                        .add(
                            "description",
                            "Completion of the Azora course \"" + v.courseTitle() + "\".")
                        .add(
                            "criteria",
                            Json.createObjectBuilder()
                                .add(
                                    "narrative",
                                    "Completed every required lesson and passed every required"
                                        + " quiz of the course."))))
        .add(
            "evidence",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", v.verifyUrl())
                        .add("type", Json.createArrayBuilder().add("Evidence"))
                        .add("name", "Azora certificate " + v.code())
                        .add("description", "SHA-256 of the certificate content: " + v.sha256())))
        .build();
  }
}
