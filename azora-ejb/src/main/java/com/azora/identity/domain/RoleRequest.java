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
import java.util.Objects;

/** A user's request for the EDUCATOR or EMPLOYER role, decided once by an admin. */
@Entity
@Table(name = "role_request")
@NamedQuery(
    name = "RoleRequest.byUser",
    query = "select r from RoleRequest r where r.userId = :userId order by r.requestedAt desc")
@NamedQuery(
    name = "RoleRequest.pendingWithUser",
    query =
        "select r, u from RoleRequest r, UserAccount u where u.id = r.userId and r.status = :status"
            + " order by r.requestedAt")
public class RoleRequest {

  /** Lifecycle of a request. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  private String motivation;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  protected RoleRequest() {}

  public RoleRequest(Long userId, Role role, String motivation, Instant now) {
    if (!role.requestable()) {
      throw new IllegalArgumentException(role + " cannot be requested");
    }
    this.userId = Objects.requireNonNull(userId);
    this.role = role;
    this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
    this.requestedAt = now;
  }

  public void decide(boolean approve, Long adminId, String note, Instant now) {
    if (status != Status.PENDING) {
      throw new IllegalStateException("This request was already decided");
    }
    status = approve ? Status.APPROVED : Status.REJECTED;
    decidedBy = Objects.requireNonNull(adminId);
    decisionNote = note == null || note.isBlank() ? null : note.strip();
    decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public Role getRole() {
    return role;
  }

  public Status getStatus() {
    return status;
  }

  public String getMotivation() {
    return motivation;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
