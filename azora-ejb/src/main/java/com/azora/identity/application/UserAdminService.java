package com.azora.identity.application;

import com.azora.identity.domain.RoleRequest;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.domain.UserAccount;
import com.azora.identity.domain.UserFilter;
import com.azora.identity.domain.UserRepository;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.identity.infrastructure.SessionRegistry;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Admin user management: search, disable/enable, and role request decisions. */
@Stateless
public class UserAdminService {

  @Inject private UserRepository users;
  @Inject private SessionRegistry sessions;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;

  @RequiresPermissions(Permissions.USERS_READ)
  public PageResult<UserRow> search(UserFilter filter, int first, int pageSize) {
    PageResult<UserAccount> page =
        users.search(
            filter == null ? UserFilter.all() : filter, Math.max(0, first), clamp(pageSize));
    return new PageResult<>(page.rows().stream().map(UserAdminService::row).toList(), page.total());
  }

  /** Disables or re-enables an account; disabling ends its sessions and API tokens at once. */
  @RequiresPermissions(Permissions.USERS_MANAGE)
  public void setDisabled(long userId, boolean disabled, String ip) {
    long admin = CurrentUser.id();
    if (disabled && admin == userId) {
      throw DomainException.conflict(null, "You cannot disable your own account.");
    }
    UserAccount u = users.find(userId).orElseThrow(() -> DomainException.notFound("No such user."));
    if (disabled) {
      u.disable();
      sessions.signOutEverywhereElse(userId, null, "DISABLED");
      audit.record(SecurityEventType.ACCOUNT_DISABLED, userId, admin, u.getEmail(), ip, null);
    } else {
      u.enable();
      audit.record(SecurityEventType.ACCOUNT_ENABLED, userId, admin, u.getEmail(), ip, null);
    }
  }

  @RequiresPermissions(Permissions.ROLES_APPROVE)
  public List<RoleRequestView> pendingRoleRequests() {
    return em
        .createNamedQuery("RoleRequest.pendingWithUser", Object[].class)
        .setParameter("status", RoleRequest.Status.PENDING)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(row -> RoleViews.of((RoleRequest) row[0], (UserAccount) row[1]))
        .toList();
  }

  @RequiresPermissions(Permissions.ROLES_APPROVE)
  public void decideRoleRequest(long requestId, boolean approve, String note, String ip) {
    RoleRequest r = em.find(RoleRequest.class, requestId);
    if (r == null) {
      throw DomainException.notFound("No such request.");
    }
    if (r.getStatus() != RoleRequest.Status.PENDING) {
      throw DomainException.conflict(null, "This request was already decided.");
    }
    long admin = CurrentUser.id();
    r.decide(approve, admin, note, Instant.now(clock));
    UserAccount u = users.find(r.getUserId()).orElseThrow();
    if (approve) {
      u.grant(r.getRole());
    }
    audit.record(
        approve ? SecurityEventType.ROLE_GRANTED : SecurityEventType.ROLE_REQUEST_REJECTED,
        u.getId(),
        admin,
        u.getEmail(),
        ip,
        r.getRole().name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
  }

  static int clamp(int pageSize) {
    return Math.min(Math.max(pageSize, 1), 200);
  }

  private static UserRow row(UserAccount u) {
    return new UserRow(
        u.getId(),
        u.getEmail(),
        u.getDisplayName(),
        u.getRoles(),
        u.getStatus(),
        u.getEmailVerifiedAt() != null,
        u.isTotpEnabled(),
        u.isDemo(),
        u.getCreatedAt());
  }
}
