package com.azora.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a user's single-use 2FA recovery codes (stored as SHA-256). */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
    name = "RecoveryCode.unused",
    query =
        "select c from RecoveryCode c where c.userId = :userId and c.codeHash = :hash and c.usedAt"
            + " is null")
@NamedQuery(
    name = "RecoveryCode.countUnused",
    query = "select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.deleteAll",
    query = "delete from RecoveryCode c where c.userId = :userId")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "code_hash", nullable = false, columnDefinition = "bpchar")
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(Long userId, String codeHash, Instant now) {
    this.userId = userId;
    this.codeHash = codeHash;
    this.createdAt = now;
  }

  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("Recovery code already used");
    }
    usedAt = now;
  }
}
