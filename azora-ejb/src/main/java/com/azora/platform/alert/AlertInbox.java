package com.azora.platform.alert;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresRoles;

/** The admins' shared alert list: open alerts first, any admin acknowledges one for everybody. */
@Stateless
@RequiresRoles("ADMIN")
public class AlertInbox {

  @PersistenceContext private EntityManager em;

  /** Raises an alert (no caller check: jobs raise them with nobody signed in). */
  @com.azora.platform.security.Anonymous
  public long raise(String kind, String subject, String body) {
    return ((Number)
            em.createNativeQuery(
                    "insert into admin_alert (kind, subject, body) values (?1, ?2, ?3)"
                        + " returning id")
                .setParameter(1, kind)
                .setParameter(2, subject.length() > 200 ? subject.substring(0, 200) : subject)
                .setParameter(3, body)
                .getSingleResult())
        .longValue();
  }

  /** Open alerts first, then the acknowledged ones, newest first. */
  public PageResult<AdminAlert> page(boolean openOnly, int first, int size) {
    String where = openOnly ? " where a.acknowledged_at is null" : "";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.kind, a.subject, a.body, a.created_at, a.acknowledged_at, u.email"
                    + " from admin_alert a left join app_user u on u.id = a.acknowledged_by"
                    + where
                    + " order by (a.acknowledged_at is null) desc, a.created_at desc, a.id desc"
                    + " offset ?1 limit ?2")
            .setParameter(1, Math.max(0, first))
            .setParameter(2, Math.min(Math.max(size, 1), 200))
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from admin_alert a" + where)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(
        rows.stream()
            .map(
                r ->
                    new AdminAlert(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        instant(r[4]),
                        instant(r[5]),
                        (String) r[6]))
            .toList(),
        total);
  }

  /** How many alerts nobody has acknowledged yet (the header's badge). */
  public long openCount() {
    return ((Number)
            em.createNativeQuery("select count(*) from admin_alert where acknowledged_at is null")
                .getSingleResult())
        .longValue();
  }

  /** Acknowledges an open alert as the calling admin. */
  public void acknowledge(long id) {
    int n =
        em.createNativeQuery(
                "update admin_alert set acknowledged_at = now(), acknowledged_by = ?1"
                    + " where id = ?2 and acknowledged_at is null")
            .setParameter(1, CurrentUser.id())
            .setParameter(2, id)
            .executeUpdate();
    if (n == 0) {
      throw DomainException.conflict("alert", "That alert was already acknowledged.");
    }
  }
}
