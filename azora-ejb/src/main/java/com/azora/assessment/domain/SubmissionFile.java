package com.azora.assessment.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a submitted file, in PostgreSQL so every cluster node serves them; a table of its
 * own so listing submissions never reads them.
 */
@Entity
@Table(name = "assignment_file")
public class SubmissionFile {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] data;

  protected SubmissionFile() {}

  public SubmissionFile(long submissionId, SubmissionFileType type, byte[] data) {
    this.submissionId = submissionId;
    replace(type, data);
  }

  public final void replace(SubmissionFileType type, byte[] data) {
    this.contentType = type.contentType();
    this.data = data.clone();
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data.clone();
  }
}
