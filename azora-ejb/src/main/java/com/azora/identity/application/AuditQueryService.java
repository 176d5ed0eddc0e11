package com.azora.identity.application;

import com.azora.identity.domain.SecurityEvent;
import com.azora.platform.PageResult;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Reads the security audit log for admins, filtered and paged in the database. */
@Stateless
public class AuditQueryService {

  @PersistenceContext private EntityManager em;

  @RequiresPermissions(Permissions.AUDIT_READ)
  public PageResult<SecurityEventView> search(AuditFilter f, int first, int pageSize) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    AuditFilter filter = f == null ? new AuditFilter(null, null, null, null) : f;
    boolean byEmail = filter.email() != null && !filter.email().isBlank();
    if (byEmail) {
      where.append(
          " and (e.subject = :email or e.userId in (select u.id from UserAccount u where u.email ="
              + " :email))");
    }
    if (filter.type() != null) {
      where.append(" and e.type = :type");
    }
    if (filter.from() != null) {
      where.append(" and e.occurredAt >= :from");
    }
    if (filter.to() != null) {
      where.append(" and e.occurredAt < :to");
    }
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select e, u.email from SecurityEvent e left join UserAccount u on u.id = e.userId"
                + where
                + " order by e.id desc",
            Object[].class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (byEmail) {
        q.setParameter("email", filter.email().strip().toLowerCase(Locale.ROOT));
      }
      if (filter.type() != null) {
        q.setParameter("type", filter.type());
      }
      if (filter.from() != null) {
        q.setParameter("from", filter.from());
      }
      if (filter.to() != null) {
        q.setParameter("to", filter.to());
      }
    }
    List<SecurityEventView> views =
        rows
            .setFirstResult(Math.max(0, first))
            .setMaxResults(UserAdminService.clamp(pageSize))
            .getResultList()
            .stream()
            .map(r -> AuditViews.of((SecurityEvent) r[0], (String) r[1]))
            .toList();
    return new PageResult<>(views, count.getSingleResult());
  }
}
