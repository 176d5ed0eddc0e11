package com.azora.identity.domain;

import com.azora.platform.security.Permissions;
import java.util.Set;

/** The four roles and the permission strings each grants (checked in services, not pages). */
public enum Role {
  STUDENT(Set.of(Permissions.ACCOUNT_MANAGE)),
  EDUCATOR(
      Set.of(Permissions.ACCOUNT_MANAGE, Permissions.COURSES_AUTHOR, Permissions.EARNINGS_READ)),
  EMPLOYER(Set.of(Permissions.ACCOUNT_MANAGE)),
  ADMIN(
      Set.of(
          Permissions.ACCOUNT_MANAGE,
          Permissions.USERS_READ,
          Permissions.USERS_MANAGE,
          Permissions.ROLES_APPROVE,
          Permissions.AUDIT_READ,
          Permissions.OUTBOX_READ,
          Permissions.COURSES_REVIEW,
          Permissions.CERTIFICATES_MANAGE,
          Permissions.LEDGER_READ,
          Permissions.LEDGER_AUDIT,
          Permissions.LEDGER_ADJUST,
          Permissions.TOKENS_MANAGE,
          Permissions.PAYMENTS_MANAGE,
          Permissions.BILLING_MANAGE));

  private final Set<String> permissions;

  Role(Set<String> permissions) {
    this.permissions = permissions;
  }

  public Set<String> permissions() {
    return permissions;
  }

  /** Roles a user may ask for; an admin decides. */
  public boolean requestable() {
    return this == EDUCATOR || this == EMPLOYER;
  }
}
