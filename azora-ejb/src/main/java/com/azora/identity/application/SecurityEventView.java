package com.azora.identity.application;

import com.azora.identity.domain.SecurityEventType;
import java.time.Instant;

/** An audit log entry as shown to users and admins. */
public record SecurityEventView(
    long id,
    Instant occurredAt,
    SecurityEventType type,
    Long userId,
    String userEmail,
    Long actorId,
    String subject,
    String ip,
    String detail) {}
