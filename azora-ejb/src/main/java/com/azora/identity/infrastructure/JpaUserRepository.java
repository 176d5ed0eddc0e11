package com.azora.identity.infrastructure;

import com.azora.identity.domain.UserAccount;
import com.azora.identity.domain.UserFilter;
import com.azora.identity.domain.UserRepository;
import com.azora.platform.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Optional;

/** JPA storage of accounts; paging and counting happen in PostgreSQL. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> findByEmail(String email) {
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", UserAccount.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public void add(UserAccount user) {
    em.persist(user);
    em.flush();
  }

  @Override
  public boolean isEmpty() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
  }

  @Override
  public PageResult<UserAccount> search(UserFilter f, int first, int pageSize) {
    String where = " where 1 = 1";
    if (f.text() != null && !f.text().isBlank()) {
      where += " and (lower(u.email) like :text or lower(u.displayName) like :text)";
    }
    if (f.role() != null) {
      where += " and :role member of u.roles";
    }
    if (f.status() != null) {
      where += " and u.status = :status";
    }
    TypedQuery<UserAccount> rows =
        em.createQuery(
            "select u from UserAccount u" + where + " order by u.id desc", UserAccount.class);
    TypedQuery<Long> count =
        em.createQuery("select count(u) from UserAccount u" + where, Long.class);
    for (TypedQuery<?> q : new TypedQuery<?>[] {rows, count}) {
      if (f.text() != null && !f.text().isBlank()) {
        q.setParameter("text", "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%");
      }
      if (f.role() != null) {
        q.setParameter("role", f.role());
      }
      if (f.status() != null) {
        q.setParameter("status", f.status());
      }
    }
    return new PageResult<>(
        rows.setFirstResult(first)
            .setMaxResults(pageSize)
            // Roles of the whole page in one query, not one per user.
            .setHint("eclipselink.batch", "u.roles")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList(),
        count.getSingleResult());
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
