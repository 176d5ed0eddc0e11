package com.azora.credential.application;

import com.azora.credential.application.CredentialViews.CertificateRow;
import com.azora.credential.domain.Certificate;
import com.azora.credential.domain.CertificateCode;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Admins find certificates by code or learner email and revoke them with a reason (audited). */
@Stateless
@RequiresPermissions(Permissions.CERTIFICATES_MANAGE)
public class CertificateAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Newest first. {@code text} is a certificate code (any case, with or without dashes) or part of
   * the learner's email; blank lists all.
   */
  public PageResult<CertificateRow> search(String text, int first, int pageSize) {
    String t = text == null ? "" : text.strip();
    Optional<String> code = CertificateCode.normalize(t);
    String from = " from Certificate c, UserAccount u where u.id = c.userId";
    if (code.isPresent()) {
      from += " and c.code = :t";
    } else if (!t.isEmpty()) {
      from += " and locate(:t, lower(u.email)) > 0";
    }
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select c, u.email" + from + " order by c.issuedAt desc, c.id desc", Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
    if (!t.isEmpty()) {
      String value = code.orElse(t.toLowerCase(Locale.ROOT));
      rows.setParameter("t", value);
      count.setParameter("t", value);
    }
    List<CertificateRow> page =
        rows
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(pageSize, 1), 200))
            .getResultList()
            .stream()
            .map(r -> row((Certificate) r[0], (String) r[1]))
            .toList();
    return new PageResult<>(page, count.getSingleResult());
  }

  /** Revokes for good; the reason is shown on the public verification page. */
  public void revoke(long certificateId, String reason, String ip) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "Say why this certificate is revoked.");
    }
    if (reason.strip().length() > Certificate.REASON_MAX) {
      throw DomainException.invalid(
          "reason", "Keep the reason under " + Certificate.REASON_MAX + " characters.");
    }
    Certificate c = em.find(Certificate.class, certificateId);
    if (c == null) {
      throw DomainException.notFound("No such certificate.");
    }
    if (c.getStatus() == Certificate.Status.REVOKED) {
      throw DomainException.conflict(null, "This certificate is already revoked.");
    }
    long admin = CurrentUser.id();
    c.revoke(reason, admin, Instant.now(clock));
    audit.record(
        SecurityEventType.CERTIFICATE_REVOKED,
        c.getUserId(),
        admin,
        c.getCode(),
        ip,
        c.getRevokedReason());
  }

  private static CertificateRow row(Certificate c, String email) {
    var f = c.facts();
    return new CertificateRow(
        c.getId(),
        c.getCode(),
        f.learnerName(),
        email,
        f.courseTitle(),
        c.getIssuedAt(),
        c.getStatus(),
        c.getRevokedAt(),
        c.getRevokedReason());
  }
}
