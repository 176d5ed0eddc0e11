package com.azora.catalog.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/** A course's picture for cards and its page, in PostgreSQL so every node serves the same bytes. */
@Entity
@Table(name = "course_thumbnail")
public class CourseThumbnail {

  /** Largest accepted thumbnail (the table's check says the same). */
  public static final int MAX_BYTES = 1024 * 1024;

  /** Accepted formats, recognised by content. */
  public static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp");

  @Id
  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  @Column(nullable = false, columnDefinition = "bpchar")
  private String sha256;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CourseThumbnail() {}

  public CourseThumbnail(long courseId, String contentType, byte[] data, Instant now) {
    this.courseId = courseId;
    replace(contentType, data, now);
  }

  public final void replace(String contentType, byte[] data, Instant now) {
    this.contentType = contentType;
    this.data = data.clone();
    this.sha256 = sha256(data);
    this.updatedAt = now;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM lacks SHA-256.", e);
    }
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data.clone();
  }

  public String getSha256() {
    return sha256;
  }
}
