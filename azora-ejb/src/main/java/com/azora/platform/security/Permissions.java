package com.azora.platform.security;

/** Permission strings in Shiro's wildcard syntax, named by what they allow. */
public final class Permissions {
  public static final String ACCOUNT_MANAGE = "account:manage";
  public static final String USERS_READ = "users:read";
  public static final String USERS_MANAGE = "users:manage";
  public static final String ROLES_APPROVE = "roles:approve";
  public static final String AUDIT_READ = "audit:read";
  public static final String OUTBOX_READ = "outbox:read";
  public static final String COURSES_AUTHOR = "courses:author";
  public static final String COURSES_REVIEW = "courses:review";
  public static final String CERTIFICATES_MANAGE = "certificates:manage";

  private Permissions() {}
}
