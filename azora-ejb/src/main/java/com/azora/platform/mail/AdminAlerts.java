package com.azora.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Mails every active admin about something that needs a person (a failed ledger audit, a failed
 * job). Queued through the outbox in its own transaction when the caller has none.
 */
@Stateless
public class AdminAlerts {

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;

  /** Queues the alert for each active admin; returns how many were queued. */
  public int alert(String subject, String body, String kind) {
    @SuppressWarnings("unchecked")
    List<String> emails =
        em.createNativeQuery(
                "select u.email from app_user u join user_role r on r.user_id = u.id"
                    + " where r.role = 'ADMIN' and u.status = 'ACTIVE' order by u.id")
            .getResultList();
    emails.forEach(e -> outbox.enqueue(e, subject, body, kind));
    return emails.size();
  }
}
