package com.azora.platform.mail;

import com.azora.platform.config.ConfigKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Sends one outbox message per transaction through the server's {@code mail/azora} session. */
@Stateless
public class OutboxDelivery {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @SuppressWarnings("unchecked")
  public List<Long> dueIds(int max) {
    return em
        .createNativeQuery(
            "select id from outbox_message where status = 'PENDING' and next_attempt_at <= now()"
                + " order by id limit ?1")
        .setParameter(1, max)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long id) {
    @SuppressWarnings("unchecked")
    List<Object> locked =
        em.createNativeQuery(
                "select id from outbox_message where id = ?1 and status = 'PENDING' for update skip"
                    + " locked")
            .setParameter(1, id)
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    OutboxMessage m = em.find(OutboxMessage.class, id);
    em.refresh(m);
    Instant now = Instant.now(clock);
    try {
      send(m);
      m.markSent(now);
    } catch (MessagingException | NamingException | RuntimeException e) {
      m.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
    }
  }

  private void send(OutboxMessage m) throws MessagingException, NamingException {
    Session session = InitialContext.doLookup("mail/azora");
    MimeMessage msg = new MimeMessage(session);
    msg.setFrom(new InternetAddress(ConfigKey.MAIL_FROM.value()));
    msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getRecipient()));
    msg.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
    msg.setText(m.getBody(), StandardCharsets.UTF_8.name());
    msg.setSentDate(new java.util.Date());
    Transport.send(msg);
  }
}
