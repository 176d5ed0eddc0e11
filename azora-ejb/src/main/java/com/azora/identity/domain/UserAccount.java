package com.azora.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person's account: the identity aggregate root. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "select u from UserAccount u where u.email = :email")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UserStatus status = UserStatus.ACTIVE;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  private String bio;
  private String location;

  @Column(name = "time_zone", nullable = false)
  private String timeZone = "UTC";

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_enabled", nullable = false)
  private boolean totpEnabled;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(String email, String displayName, String passwordHash, Instant now) {
    this.email = normalizeEmail(email);
    this.displayName = requireText(displayName, "displayName").strip();
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(now);
    this.passwordChangedAt = now;
    this.roles.add(Role.STUDENT);
  }

  /** Emails are compared case-insensitively; the database enforces the lower-case form. */
  public static String normalizeEmail(String email) {
    return requireText(email, "email").strip().toLowerCase(Locale.ROOT);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  public void markEmailVerified(Instant now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  public void changePasswordHash(String newHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordChangedAt = now;
  }

  public void updateProfile(String displayName, String bio, String location, String timeZone) {
    this.displayName = requireText(displayName, "displayName").strip();
    this.bio = blankToNull(bio);
    this.location = blankToNull(location);
    this.timeZone = requireText(timeZone, "timeZone");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void disable() {
    status = UserStatus.DISABLED;
  }

  public void enable() {
    status = UserStatus.ACTIVE;
  }

  public void grant(Role role) {
    roles.add(Objects.requireNonNull(role));
  }

  public void markDemo() {
    demo = true;
  }

  /** Starts (or restarts) TOTP enrolment; 2FA stays off until a code confirms the secret. */
  public void beginTotpEnrolment(String secret) {
    if (totpEnabled) {
      throw new IllegalStateException("Two-factor authentication is already on");
    }
    this.totpSecret = Objects.requireNonNull(secret);
    this.totpLastStep = null;
  }

  public void confirmTotp(long step) {
    if (totpSecret == null) {
      throw new IllegalStateException("No enrolment in progress");
    }
    totpEnabled = true;
    totpLastStep = step;
  }

  /** Records a used time step so the same code is refused the second time. */
  public void acceptTotpStep(long step) {
    if (totpLastStep != null && step <= totpLastStep) {
      throw new IllegalStateException("TOTP step replayed");
    }
    totpLastStep = step;
  }

  public void disableTotp() {
    totpEnabled = false;
    totpSecret = null;
    totpLastStep = null;
  }

  public boolean canSignIn() {
    return status == UserStatus.ACTIVE && emailVerifiedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public UserStatus getStatus() {
    return status;
  }

  public Instant getEmailVerifiedAt() {
    return emailVerifiedAt;
  }

  public String getBio() {
    return bio;
  }

  public String getLocation() {
    return location;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public boolean isDemo() {
    return demo;
  }

  public String getTotpSecret() {
    return totpSecret;
  }

  public boolean isTotpEnabled() {
    return totpEnabled;
  }

  public Long getTotpLastStep() {
    return totpLastStep;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }
}
