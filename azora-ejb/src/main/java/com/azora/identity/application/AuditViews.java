package com.azora.identity.application;

import com.azora.identity.domain.SecurityEvent;

/** Maps audit entries to views. */
final class AuditViews {
  private AuditViews() {}

  static SecurityEventView of(SecurityEvent e, String userEmail) {
    return new SecurityEventView(
        e.getId(),
        e.getOccurredAt(),
        e.getType(),
        e.getUserId(),
        userEmail,
        e.getActorId(),
        e.getSubject(),
        e.getIp(),
        e.getDetail());
  }
}
