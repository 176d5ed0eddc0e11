package com.azora.identity.infrastructure;

import com.azora.identity.domain.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Roles of an active account, read fresh so role changes and disabling apply at once. An EJB (not a
 * plain CDI bean) because the Shiro realm in the WAR calls it, and only EJBs of this module see its
 * persistence unit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuthorizationData {

  private static final String SQL =
      "select r.role from user_role r join app_user u on u.id = r.user_id"
          + " where u.id = ? and u.status = 'ACTIVE'";

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry tx;

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  public Set<Role> activeRoles(long userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (tx.getTransactionKey() != null) {
      // Inside a transaction the persistence context's pending writes count (a sign-up issuing
      // its first tokens reads the roles it has just given).
      @SuppressWarnings("unchecked")
      List<String> rows =
          em.createNativeQuery(SQL.replace("?", "?1")).setParameter(1, userId).getResultList();
      rows.forEach(r -> roles.add(Role.valueOf(r)));
      return roles;
    }
    return committedRoles(dataSource, userId);
  }

  /**
   * The committed roles of an active account, on a connection of its own: what a check outside any
   * transaction needs (every API call's token check), without an EclipseLink session.
   */
  public static Set<Role> committedRoles(DataSource dataSource, long userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SQL)) {
      s.setLong(1, userId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          roles.add(Role.valueOf(r.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the account's roles failed", e);
    }
    return roles;
  }
}
