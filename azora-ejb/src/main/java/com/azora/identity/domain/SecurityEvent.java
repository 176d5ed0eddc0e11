package com.azora.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit log entry; the database refuses updates and deletes of this table. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SecurityEventType type;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(updatable = false)
  private String subject;

  @Column(updatable = false)
  private String ip;

  @Column(updatable = false)
  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      SecurityEventType type,
      Long userId,
      Long actorId,
      String subject,
      String ip,
      String detail,
      Instant now) {
    this.type = type;
    this.userId = userId;
    this.actorId = actorId;
    this.subject = subject;
    this.ip = ip;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.occurredAt = now;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public SecurityEventType getType() {
    return type;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getSubject() {
    return subject;
  }

  public String getIp() {
    return ip;
  }

  public String getDetail() {
    return detail;
  }
}
