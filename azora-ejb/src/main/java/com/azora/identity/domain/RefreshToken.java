package com.azora.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API refresh token; each use rotates it, and a reused one betrays a stolen family. */
@Entity
@Table(name = "refresh_token")
@NamedQuery(
    name = "RefreshToken.byHash",
    query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "RefreshToken.revokeFamily",
    query =
        "update RefreshToken t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is"
            + " null")
@NamedQuery(
    name = "RefreshToken.revokeUser",
    query =
        "update RefreshToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is"
            + " null")
public class RefreshToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "token_hash", nullable = false, columnDefinition = "bpchar")
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "rotated_at")
  private Instant rotatedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshToken() {}

  public RefreshToken(Long userId, UUID familyId, String tokenHash, Instant now, Instant expires) {
    this.userId = userId;
    this.familyId = familyId;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expires;
  }

  public boolean wasRotated() {
    return rotatedAt != null;
  }

  public boolean usableAt(Instant now) {
    return rotatedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  public void rotate(Instant now) {
    rotatedAt = now;
  }

  public Long getUserId() {
    return userId;
  }

  public UUID getFamilyId() {
    return familyId;
  }
}
