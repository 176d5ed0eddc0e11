package com.azora.platform.config;

import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every configuration key Azora reads, with its default and meaning. Values come from MicroProfile
 * Config, so a system property ({@code -Dazora.demo=true}) or an environment variable ({@code
 * AZORA_DEMO=true}) sets them. The README's configuration reference is generated from this list.
 */
public enum ConfigKey {
  DEMO("azora.demo", "false", "Seed demo accounts when the database is empty and mark demo data."),
  DEMO_PASSWORD(
      "azora.demo.password",
      "Azora-Demo-Pass-2026",
      "Password of the seeded demo accounts (student@, educator@, employer@, admin@"
          + "demo.azora.local)."),
  BASE_URL(
      "azora.base-url",
      "http://localhost:8080",
      "Public URL used in links sent by email and printed on certificates."),
  MAIL_ENABLED(
      "azora.mail.enabled",
      "false",
      "Send outbox mail through the mail/azora session; when false mail stays on the admin Outbox"
          + " page."),
  MAIL_FROM("azora.mail.from", "Azora <no-reply@azora.local>", "Sender address of outgoing mail."),
  SESSION_ABSOLUTE_MINUTES(
      "azora.session.absolute-timeout-minutes",
      "720",
      "A signed-in session ends this long after login, however active."),
  SESSION_IDLE_MINUTES(
      "azora.session.idle-timeout-minutes", "30", "A signed-in session ends after this idle time."),
  COOKIE_SECURE(
      "azora.cookie.secure",
      "true",
      "Mark the session cookie Secure (browsers accept it on http://localhost too)."),
  JWT_SECRET(
      "azora.jwt.secret",
      "",
      "HMAC key (32+ bytes) for API access tokens; generated once and kept in the database when"
          + " empty."),
  ACCESS_TOKEN_SECONDS("azora.api.access-token-seconds", "600", "Lifetime of an API access token."),
  REFRESH_TOKEN_DAYS("azora.api.refresh-token-days", "30", "Lifetime of an API refresh token."),
  LOGIN_FREE_FAILURES(
      "azora.login.free-failures",
      "5",
      "Failed logins per account before exponential back-off starts."),
  LOGIN_FREE_FAILURES_PER_IP(
      "azora.login.free-failures-per-ip",
      "50",
      "Failed logins from one IP address (any account) before back-off starts; higher than per"
          + " account because offices and campuses share addresses."),
  AVATAR_MAX_BYTES("azora.avatar.max-bytes", "1048576", "Largest accepted avatar upload."),
  CATALOG_CACHE_SECONDS(
      "azora.catalog.cache-seconds",
      "10",
      "How long anonymous catalog searches (page and API) are served from memory; 0 turns the"
          + " cache off. Changes on this node clear it at once, other cluster nodes within this"
          + " time."),
  ASSIGNMENT_MAX_FILE_BYTES(
      "azora.assignment.max-file-bytes",
      "10485760",
      "Largest accepted assignment file upload; at most 104857600 (100 MiB, the database's"
          + " ceiling)."),
  SUBSCRIPTION_PROVIDERS(
      "azora.subscription.providers",
      "wallet,offline",
      "Payment providers subscribers may choose, by name, first is the default (wallet pays from"
          + " the user's USD wallet; offline waits for an admin to confirm; stripe charges"
          + " off-session the card saved when the user last paid by card)."),
  SUBSCRIPTION_RETRY_DAYS(
      "azora.subscription.retry-days",
      "1,3,7",
      "Days after a failed renewal charge when it is tried again, counted from the first failure."),
  SUBSCRIPTION_AFTER_RETRIES(
      "azora.subscription.after-retries",
      "UNPAID",
      "What a subscription becomes when its last retry fails: UNPAID (kept, features off) or"
          + " CANCELED."),
  TOKEN_TRANSFER_MAX(
      "azora.tokens.transfer-max", "500", "Most AZR a student may send in one transfer."),
  TOKEN_TRANSFER_DAILY_MAX(
      "azora.tokens.transfer-daily-max",
      "1000",
      "Most AZR a student may send per UTC day, all transfers together."),
  PAYMENTS_PROVIDER(
      "azora.payments.provider",
      "offline",
      "Payment providers offered at checkout, comma-separated: offline (bank transfer an admin"
          + " confirms) and/or stripe."),
  INSTRUCTOR_SHARE_PERCENT(
      "azora.payments.instructor-share-percent",
      "70",
      "Instructors' share of a course sale when neither the course nor the instructor has its"
          + " own."),
  REFUND_WINDOW_DAYS(
      "azora.payments.refund-window-days", "14", "Days after payment during which admins refund."),
  PAYOUTS_THRESHOLD(
      "azora.payouts.threshold",
      "50.00",
      "Smallest available balance paid out, per currency (tokens are never paid out)."),
  PAYOUTS_MAX_ATTEMPTS(
      "azora.payouts.max-attempts",
      "5",
      "Sends of a payout that fails transiently before it fails for good and the money returns to"
          + " the instructor's available balance."),
  PAYOUTS_BACKOFF_CAP_MINUTES(
      "azora.payouts.backoff-cap-minutes",
      "240",
      "Longest wait between sends of a failing payout (1 minute, doubled per failed send)."),
  STRIPE_SECRET_KEY("azora.stripe.secret-key", "", "Stripe secret API key (sk_...)."),
  STRIPE_WEBHOOK_SECRET(
      "azora.stripe.webhook-secret",
      "",
      "Stripe webhook signing secrets (whsec_...), comma-separated while rotating."),
  STRIPE_API_BASE(
      "azora.stripe.api-base",
      "https://api.stripe.com",
      "Stripe API address (tests point it at a fake).");

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The configured value, or the default; read on every call so changes apply at run time. */
  public String value() {
    return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(defaultValue);
  }

  public boolean asBoolean() {
    return Boolean.parseBoolean(value().trim());
  }

  public int asInt() {
    return Integer.parseInt(value().trim());
  }

  public BigDecimal asDecimal() {
    return new BigDecimal(value().trim());
  }

  public Duration minutes() {
    return Duration.ofMinutes(asInt());
  }
}
