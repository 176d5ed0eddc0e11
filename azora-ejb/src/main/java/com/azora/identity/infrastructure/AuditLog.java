package com.azora.identity.infrastructure;

import com.azora.identity.domain.SecurityEvent;
import com.azora.identity.domain.SecurityEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Appends security events in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public void record(
      SecurityEventType type, Long userId, Long actorId, String subject, String ip, String detail) {
    em.persist(new SecurityEvent(type, userId, actorId, subject, ip, detail, Instant.now(clock)));
  }

  public void record(SecurityEventType type, Long userId, String ip, String detail) {
    record(type, userId, userId, null, ip, detail);
  }
}
