package com.azora.credential.application;

import com.azora.credential.domain.Certificate;
import com.azora.learning.domain.Enrolment;
import java.time.Instant;
import java.util.List;

/** What credential pages and the API show. */
public final class CredentialViews {
  private CredentialViews() {}

  /** One of the signed-in learner's certificates. */
  public record MyCertificate(
      String code,
      String courseTitle,
      String courseSlug,
      Instant completedAt,
      Instant issuedAt,
      Certificate.Status status,
      String sha256) {}

  /**
   * What the public verification page and API say about a code. {@code intact} is false when the
   * stored content no longer matches its stored fingerprint; {@code valid} means issued, intact and
   * not revoked.
   */
  public record Verification(
      String code,
      boolean valid,
      Certificate.Status status,
      String learnerName,
      String courseTitle,
      String courseSlug,
      List<String> instructors,
      Instant completedAt,
      Instant issuedAt,
      String sha256,
      boolean intact,
      Instant revokedAt,
      String revokedReason,
      String verifyUrl) {}

  /** A row of the admin certificate list. */
  public record CertificateRow(
      long id,
      String code,
      String learnerName,
      String learnerEmail,
      String courseTitle,
      Instant issuedAt,
      Certificate.Status status,
      Instant revokedAt,
      String revokedReason) {}

  /** A rendered PDF and the name to save it under. */
  public record CertificateFile(String fileName, byte[] data) {}

  /** One enrolment's progress, with its certificate when one was issued. */
  public record CourseProgress(
      long courseId,
      String slug,
      String title,
      Enrolment.Status status,
      int percent,
      int completedLessons,
      int totalLessons,
      Instant completedAt,
      long secondsSpent,
      String certificateCode) {}
}
