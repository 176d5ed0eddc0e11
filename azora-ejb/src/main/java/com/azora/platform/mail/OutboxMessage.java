package com.azora.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One queued email. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  /** Delivery state. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, String kind, Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.kind = kind;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void markSent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    lastError = null;
    attempts++;
  }

  /** Backs off 1, 2, 4 … minutes; gives up after {@link #MAX_ATTEMPTS}. */
  public void markFailed(String error, Instant now) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(1000, error.length()));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
