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

  /** Browse every ledger account and transaction (admin ledger explorer). */
  public static final String LEDGER_READ = "ledger:read";

  /** Run the invariant checker and the hash-chain verification. */
  public static final String LEDGER_AUDIT = "ledger:audit";

  /** Book manual adjustments (token grants, offline top-ups, corrections) with a reason. */
  public static final String LEDGER_ADJUST = "ledger:adjust";

  /** Edit reward rules and the redemption catalogue; read token supply. */
  public static final String TOKENS_MANAGE = "tokens:manage";

  /** Confirm offline payments, refund, manage coupons. */
  public static final String PAYMENTS_MANAGE = "payments:manage";

  /** Edit subscription tiers and act on subscriptions. */
  public static final String BILLING_MANAGE = "billing:manage";

  /** Read one's own instructor earnings. */
  public static final String EARNINGS_READ = "earnings:read";

  private Permissions() {}
}
