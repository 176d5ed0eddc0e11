package com.azora.credential.domain;

import com.azora.identity.domain.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A certificate of completion. Issued rows are written by {@code CertificateIssuer} (insert once
 * per learner and course); what they attest never changes (a database trigger refuses it), and a
 * revocation is final.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
@NamedQuery(
    name = "Certificate.ofUser",
    query =
        "select c from Certificate c where c.userId = :user order by c.issuedAt desc, c.id desc")
public class Certificate {

  /** Whether the certificate still stands. */
  public enum Status {
    VALID,
    REVOKED
  }

  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Column(nullable = false, updatable = false)
  private String content;

  @Column(name = "content_sha256", nullable = false, updatable = false, columnDefinition = "bpchar")
  private String contentSha256;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.VALID;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_reason")
  private String revokedReason;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Version private long version;

  protected Certificate() {}

  /** Revokes for good, with the reason shown on the public verification page. */
  public void revoke(String reason, long adminId, Instant now) {
    if (status == Status.REVOKED) {
      throw new IllegalStateException("This certificate is already revoked.");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A revocation needs a reason.");
    }
    String r = reason.strip();
    status = Status.REVOKED;
    revokedReason = r.length() <= REASON_MAX ? r : r.substring(0, REASON_MAX);
    revokedBy = adminId;
    revokedAt = now;
  }

  /** The attested facts, read back from the stored canonical text. */
  public CertificateContent facts() {
    return CertificateContent.parse(content);
  }

  /** Whether the stored text still matches the stored fingerprint. */
  public boolean intact() {
    return Secrets.constantTimeEquals(Secrets.sha256Hex(content), contentSha256);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getContent() {
    return content;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedReason() {
    return revokedReason;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }
}
