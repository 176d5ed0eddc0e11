package com.azora.identity.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's profile picture, kept in PostgreSQL so every cluster node serves the same bytes. */
@Entity
@Table(name = "user_avatar")
public class Avatar {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Avatar() {}

  public Avatar(Long userId, String contentType, byte[] data, Instant now) {
    this.userId = userId;
    replace(contentType, data, now);
  }

  public final void replace(String contentType, byte[] data, Instant now) {
    this.contentType = contentType;
    this.data = data.clone();
    this.updatedAt = now;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data.clone();
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
