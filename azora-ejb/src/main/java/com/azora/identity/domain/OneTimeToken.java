package com.azora.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, expiring secret sent by email or handed to the login flow. Only its SHA-256 is
 * stored, so a database leak does not leak usable links.
 */
@Entity
@Table(name = "one_time_token")
@NamedQuery(
    name = "OneTimeToken.byHash",
    query = "select t from OneTimeToken t where t.tokenHash = :hash and t.purpose = :purpose")
@NamedQuery(
    name = "OneTimeToken.invalidateOpen",
    query =
        "update OneTimeToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose"
            + " and t.usedAt is null")
public class OneTimeToken {

  /** What a token may be used for. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD,
    LOGIN_CHALLENGE,
    LOGIN_GRANT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, columnDefinition = "bpchar")
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeToken() {}

  public OneTimeToken(
      Long userId, Purpose purpose, String tokenHash, Instant now, Instant expires) {
    this.userId = userId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expires;
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Consumes the token; a second use or an expired token fails. */
  public void use(Instant now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("Token used or expired");
    }
    usedAt = now;
  }

  public Long getUserId() {
    return userId;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
