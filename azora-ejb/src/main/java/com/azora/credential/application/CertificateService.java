package com.azora.credential.application;

import com.azora.credential.application.CredentialViews.CertificateFile;
import com.azora.credential.application.CredentialViews.CourseProgress;
import com.azora.credential.application.CredentialViews.MyCertificate;
import com.azora.credential.application.CredentialViews.Verification;
import com.azora.credential.domain.Certificate;
import com.azora.credential.domain.CertificateCode;
import com.azora.credential.domain.CertificateContent;
import com.azora.credential.infrastructure.CertificatePdf;
import com.azora.learning.application.LearningService;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Certificates for their owners (list, PDF) and for anyone holding a code (verification). Another
 * learner's certificate is "not found" to the caller, never "forbidden".
 */
@Stateless
public class CertificateService {

  @PersistenceContext private EntityManager em;
  @EJB private LearningService learning;

  /** The caller's certificates, newest first. */
  @RequiresAuthentication
  public List<MyCertificate> mine() {
    return em.createNamedQuery("Certificate.ofUser", Certificate.class)
        .setParameter("user", CurrentUser.id())
        .setMaxResults(500)
        .getResultStream()
        .map(
            c -> {
              CertificateContent f = c.facts();
              return new MyCertificate(
                  c.getCode(),
                  f.courseTitle(),
                  f.courseSlug(),
                  c.getCompletedAt(),
                  c.getIssuedAt(),
                  c.getStatus(),
                  c.getContentSha256());
            })
        .toList();
  }

  /** The caller's own certificate as a PDF; 404 for any other code. */
  @RequiresAuthentication
  public CertificateFile pdf(String code) {
    long me = CurrentUser.id();
    Certificate c =
        find(code)
            .filter(x -> x.getUserId() == me)
            .orElseThrow(() -> DomainException.notFound("No such certificate of yours."));
    byte[] data = CertificatePdf.render(c.facts(), c.getContentSha256(), verifyUrl(c.getCode()));
    return new CertificateFile("azora-certificate-" + c.getCode() + ".pdf", data);
  }

  /** What anyone may know about a code: empty when no certificate has it. */
  @Anonymous
  public Optional<Verification> verify(String code) {
    return find(code).map(CertificateService::verification);
  }

  /** The caller's enrolments with progress and the certificate code once one was issued. */
  @RequiresAuthentication
  public List<CourseProgress> myProgress() {
    Map<Long, String> codes =
        em.createQuery(
                "select c.courseId, c.code from Certificate c where c.userId = :u", Object[].class)
            .setParameter("u", CurrentUser.id())
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    return learning.progress().stream()
        .map(
            p ->
                new CourseProgress(
                    p.courseId(),
                    p.slug(),
                    p.title(),
                    p.status(),
                    p.percent(),
                    p.completedLessons(),
                    p.totalLessons(),
                    p.completedAt(),
                    p.secondsSpent(),
                    codes.get(p.courseId())))
        .toList();
  }

  static Verification verification(Certificate c) {
    CertificateContent f = c.facts();
    return new Verification(
        c.getCode(),
        c.getStatus() == Certificate.Status.VALID && c.intact(),
        c.getStatus(),
        f.learnerName(),
        f.courseTitle(),
        f.courseSlug(),
        f.instructors(),
        c.getCompletedAt(),
        c.getIssuedAt(),
        c.getContentSha256(),
        c.intact(),
        c.getRevokedAt(),
        c.getRevokedReason(),
        verifyUrl(c.getCode()));
  }

  /** The public verification address under the configured base URL. */
  static String verifyUrl(String code) {
    return ConfigKey.BASE_URL.value().replaceAll("/+$", "") + "/verify/" + code;
  }

  private Optional<Certificate> find(String code) {
    return CertificateCode.normalize(code)
        .flatMap(
            normal ->
                em.createNamedQuery("Certificate.byCode", Certificate.class)
                    .setParameter("code", normal)
                    .getResultStream()
                    .findFirst());
  }
}
