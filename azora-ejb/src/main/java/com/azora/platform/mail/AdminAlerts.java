package com.azora.platform.mail;

import com.azora.platform.alert.AlertInbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Tells admins about something that needs a person (a failed ledger audit, a failed job): an alert
 * in the app ({@code /admin/alerts}) and a mail to every active admin through the outbox, in one
 * transaction (its own when the caller has none).
 */
@Stateless
public class AdminAlerts {

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @EJB private AlertInbox inbox;

  /** Raises the alert and queues its mail for each active admin; returns how many were queued. */
  public int alert(String subject, String body, String kind) {
    inbox.raise(kind, subject, body);
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
