package com.azora.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues mail inside the caller's transaction: if the business change rolls back, so does the
 * message. Internal to services; it has no public entry point for pages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private Event<MailQueued> queued;
  @Inject private Clock clock;

  public long enqueue(String recipient, String subject, String body, String kind) {
    OutboxMessage m = new OutboxMessage(recipient, subject, body, kind, Instant.now(clock));
    em.persist(m);
    em.flush();
    queued.fire(new MailQueued(m.getId()));
    return m.getId();
  }
}
