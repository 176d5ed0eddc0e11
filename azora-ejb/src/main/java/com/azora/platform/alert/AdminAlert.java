package com.azora.platform.alert;

import java.io.Serializable;
import java.time.Instant;

/** One alert as the admin page lists it. */
public record AdminAlert(
    long id,
    String kind,
    String subject,
    String body,
    Instant createdAt,
    Instant acknowledgedAt,
    String acknowledgedBy)
    implements Serializable {

  public boolean open() {
    return acknowledgedAt == null;
  }
}
