package com.azora.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser session as the whole cluster sees it; the HTTP session only carries the
 * random key whose hash identifies this row.
 */
@Entity
@Table(name = "user_session")
@NamedQuery(
    name = "UserSession.byHash",
    query = "select s from UserSession s where s.sessionHash = :hash")
@NamedQuery(
    name = "UserSession.activeByUser",
    query =
        "select s from UserSession s where s.userId = :userId and s.endedAt is null order by"
            + " s.lastSeenAt desc")
@NamedQuery(
    name = "UserSession.endAllOf",
    query =
        "update UserSession s set s.endedAt = :now, s.endReason = :reason where s.userId = :userId"
            + " and s.endedAt is null and s.sessionHash <> :keep")
public class UserSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "session_hash", nullable = false, columnDefinition = "bpchar")
  private String sessionHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  private String ip;

  @Column(name = "user_agent")
  private String userAgent;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected UserSession() {}

  public UserSession(Long userId, String sessionHash, String ip, String userAgent, Instant now) {
    this.userId = userId;
    this.sessionHash = sessionHash;
    this.ip = ip;
    this.userAgent = userAgent == null ? null : truncate(userAgent, 300);
    this.createdAt = now;
    this.lastSeenAt = now;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Active unless ended, idle too long, or older than the absolute limit. */
  public boolean activeAt(Instant now, Duration idle, Duration absolute) {
    return endedAt == null
        && now.isBefore(lastSeenAt.plus(idle))
        && now.isBefore(createdAt.plus(absolute));
  }

  public void touch(Instant now) {
    lastSeenAt = now;
  }

  public void end(String reason, Instant now) {
    if (endedAt == null) {
      endedAt = now;
      endReason = reason;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getSessionHash() {
    return sessionHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public String getIp() {
    return ip;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
