package com.azora.platform.mail;

import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The admin Outbox page's reads: queued and sent mail, newest first. */
@Stateless
public class OutboxQueryService {

  @PersistenceContext private EntityManager em;

  @RequiresPermissions(Permissions.OUTBOX_READ)
  public PageResult<OutboxMessage> search(
      String recipient, OutboxMessage.Status status, int first, int pageSize) {
    String where = " where 1 = 1";
    boolean byRecipient = recipient != null && !recipient.isBlank();
    if (byRecipient) {
      where += " and lower(m.recipient) like :recipient";
    }
    if (status != null) {
      where += " and m.status = :status";
    }
    TypedQuery<OutboxMessage> rows =
        em.createQuery(
            "select m from OutboxMessage m" + where + " order by m.id desc", OutboxMessage.class);
    TypedQuery<Long> count =
        em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (byRecipient) {
        q.setParameter("recipient", "%" + recipient.strip().toLowerCase(Locale.ROOT) + "%");
      }
      if (status != null) {
        q.setParameter("status", status);
      }
    }
    List<OutboxMessage> page =
        rows.setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(pageSize, 1), 200))
            .getResultList();
    return new PageResult<>(page, count.getSingleResult());
  }

  /** Whether mail leaves the server; when not, the Outbox page is where mail can be read. */
  @RequiresPermissions(Permissions.OUTBOX_READ)
  public boolean deliveryEnabled() {
    return ConfigKey.MAIL_ENABLED.asBoolean();
  }
}
