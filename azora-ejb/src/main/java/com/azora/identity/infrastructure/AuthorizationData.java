package com.azora.identity.infrastructure;

import com.azora.identity.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Roles of an active account, read fresh so role changes and disabling apply at once. An EJB (not a
 * plain CDI bean) because the Shiro realm in the WAR calls it, and only EJBs of this module see its
 * persistence unit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuthorizationData {

  @PersistenceContext private EntityManager em;

  public Set<Role> activeRoles(long userId) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "select r.role from user_role r join app_user u on u.id = r.user_id"
                    + " where u.id = ?1 and u.status = 'ACTIVE'")
            .setParameter(1, userId)
            .getResultList();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }
}
