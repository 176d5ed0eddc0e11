package com.azora.identity.application;

import com.azora.identity.domain.OneTimeToken.Purpose;
import com.azora.identity.domain.PasswordPolicy;
import com.azora.identity.domain.RecoveryCodes;
import com.azora.identity.domain.Role;
import com.azora.identity.domain.RoleRequest;
import com.azora.identity.domain.Secrets;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.domain.Totp;
import com.azora.identity.domain.UserAccount;
import com.azora.identity.domain.UserRepository;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.identity.infrastructure.LoginThrottles;
import com.azora.identity.infrastructure.OneTimeTokens;
import com.azora.identity.infrastructure.PasswordHasher;
import com.azora.identity.infrastructure.SessionRegistry;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import com.azora.platform.security.AzoraPrincipal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Sign-up, email verification, sign-in with throttling and TOTP, and password reset. */
@Stateless
@Anonymous
public class AuthService {

  static final Duration VERIFY_TTL = Duration.ofHours(24);
  static final Duration RESET_TTL = Duration.ofMinutes(30);
  static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
  static final Duration GRANT_TTL = Duration.ofMinutes(1);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final PasswordPolicy POLICY = new PasswordPolicy();

  @Inject private UserRepository users;
  @Inject private OneTimeTokens tokens;
  @Inject private LoginThrottles throttles;
  @Inject private AuditLog audit;
  @Inject private SessionRegistry sessions;
  @Inject private IdentityMail mail;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;

  /**
   * Creates an unverified STUDENT account and mails a verification link. An email that already has
   * an account gets a notice instead, and the caller sees the same outcome either way.
   */
  public void register(Registration r, String ip) {
    String name = r.displayName() == null ? "" : r.displayName().strip();
    if (name.isEmpty() || name.length() > 120) {
      throw DomainException.invalid("displayName", "Enter your name (up to 120 characters).");
    }
    String email = checkEmail(r.email());
    requireAcceptablePassword(r.password(), email, name);
    Optional<UserAccount> existing = users.findByEmail(email);
    if (existing.isPresent()) {
      mail.alreadyRegistered(email);
      return;
    }
    Instant now = Instant.now(clock);
    UserAccount user = new UserAccount(email, name, PasswordHasher.hash(r.password()), now);
    users.add(user);
    for (Role role : r.requestedRoles()) {
      if (role.requestable()) {
        em.persist(new RoleRequest(user.getId(), role, null, now));
        audit.record(SecurityEventType.ROLE_REQUESTED, user.getId(), ip, role.name());
      }
    }
    audit.record(SecurityEventType.REGISTERED, user.getId(), user.getId(), email, ip, null);
    mail.verification(email, name, tokens.issue(user.getId(), Purpose.VERIFY_EMAIL, VERIFY_TTL));
  }

  /** Confirms an email address from the mailed link. */
  public void verifyEmail(String token, String ip) {
    long userId =
        tokens
            .redeem(token, Purpose.VERIFY_EMAIL)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.GONE,
                        "token",
                        "This confirmation link is invalid, used or expired. Sign in to get a new"
                            + " one."));
    UserAccount user = users.find(userId).orElseThrow();
    user.markEmailVerified(Instant.now(clock));
    audit.record(SecurityEventType.EMAIL_VERIFIED, userId, ip, null);
  }

  /**
   * Checks email and password. Unknown email and wrong password cost the same Argon2 work and give
   * the same message; failures count per account and per IP with exponential back-off.
   */
  public LoginStep authenticatePassword(String email, String password, String ip) {
    String normalized = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    String acctKey = "acct:" + truncate(normalized, 280);
    String ipKey = "ip:" + (ip == null ? "unknown" : ip);
    Instant now = Instant.now(clock);
    Duration wait = throttles.waitFor(now, acctKey, ipKey);
    if (!wait.isZero()) {
      audit.record(SecurityEventType.LOGIN_THROTTLED, null, null, normalized, ip, null);
      throw AuthenticationFailedException.throttled(wait);
    }
    Optional<UserAccount> found =
        normalized.isEmpty() ? Optional.empty() : users.findByEmail(normalized);
    boolean ok;
    if (found.isPresent()) {
      ok = PasswordHasher.matches(found.get().getPasswordHash(), password);
    } else {
      PasswordHasher.burnEquivalentTime(password);
      ok = false;
    }
    if (!ok) {
      throttles.recordFailure(acctKey, ConfigKey.LOGIN_FREE_FAILURES.asInt(), now);
      throttles.recordFailure(ipKey, ConfigKey.LOGIN_FREE_FAILURES_PER_IP.asInt(), now);
      audit.record(
          SecurityEventType.LOGIN_FAILED,
          found.map(UserAccount::getId).orElse(null),
          null,
          normalized,
          ip,
          "bad credentials");
      throw AuthenticationFailedException.generic();
    }
    UserAccount user = found.get();
    throttles.reset(acctKey);
    if (!user.canSignIn()) {
      if (user.getEmailVerifiedAt() == null) {
        mail.verification(
            user.getEmail(),
            user.getDisplayName(),
            tokens.issue(user.getId(), Purpose.VERIFY_EMAIL, VERIFY_TTL));
        throw new AuthenticationFailedException(
            "Please confirm your email address first. We have sent you a new link.", Duration.ZERO);
      }
      throw new AuthenticationFailedException(
          "This account is disabled. Contact an administrator.", Duration.ZERO);
    }
    if (user.isTotpEnabled()) {
      return LoginStep.challenge(
          tokens.issue(user.getId(), Purpose.LOGIN_CHALLENGE, CHALLENGE_TTL));
    }
    return LoginStep.granted(tokens.issue(user.getId(), Purpose.LOGIN_GRANT, GRANT_TTL));
  }

  /** Answers a login challenge with a TOTP code or a recovery code; returns a grant. */
  public String verifySecondFactor(String challenge, String code, String ip) {
    var token =
        tokens
            .peek(challenge, Purpose.LOGIN_CHALLENGE)
            .orElseThrow(
                () ->
                    new AuthenticationFailedException(
                        "The sign-in attempt expired. Enter your email and password again.",
                        Duration.ZERO));
    long userId = token.getUserId();
    Instant now = Instant.now(clock);
    String key = "2fa:" + userId;
    Duration wait = throttles.waitFor(now, key, key);
    if (!wait.isZero()) {
      throw AuthenticationFailedException.throttled(wait);
    }
    UserAccount user = users.find(userId).orElseThrow();
    String input = code == null ? "" : code.strip().replace(" ", "");
    boolean ok;
    if (input.matches("\\d{6}")) {
      OptionalLong step =
          new Totp(clock).verify(user.getTotpSecret(), input, user.getTotpLastStep());
      ok = step.isPresent();
      step.ifPresent(user::acceptTotpStep);
    } else {
      ok = useRecoveryCode(userId, input, now);
      if (ok) {
        audit.record(SecurityEventType.RECOVERY_CODE_USED, userId, ip, null);
      }
    }
    if (!ok) {
      throttles.recordFailure(key, ConfigKey.LOGIN_FREE_FAILURES.asInt(), now);
      audit.record(
          SecurityEventType.LOGIN_FAILED, userId, null, user.getEmail(), ip, "bad 2FA code");
      throw new AuthenticationFailedException(
          "That code is not correct or was already used.", Duration.ZERO);
    }
    throttles.reset(key);
    token.use(now);
    return tokens.issue(userId, Purpose.LOGIN_GRANT, GRANT_TTL);
  }

  private boolean useRecoveryCode(long userId, String input, Instant now) {
    String normalized = RecoveryCodes.normalize(input);
    if (normalized.isEmpty()) {
      return false;
    }
    return em.createNamedQuery("RecoveryCode.unused", com.azora.identity.domain.RecoveryCode.class)
        .setParameter("userId", userId)
        .setParameter("hash", Secrets.sha256Hex(normalized))
        .getResultStream()
        .findFirst()
        .map(
            c -> {
              c.use(now);
              return true;
            })
        .orElse(false);
  }

  /**
   * Redeems a grant into the signed-in principal and opens a tracked session. Called by the Shiro
   * realm (pages) and by the API token service.
   */
  public GrantedLogin redeemGrant(String grant, String ip, String userAgent, boolean browser) {
    long userId =
        tokens
            .redeem(grant, Purpose.LOGIN_GRANT)
            .orElseThrow(
                () ->
                    new AuthenticationFailedException(
                        "The sign-in attempt expired. Please try again.", Duration.ZERO));
    UserAccount user = users.find(userId).orElseThrow();
    if (!user.canSignIn()) {
      throw new AuthenticationFailedException("This account is disabled.", Duration.ZERO);
    }
    String sessionKey = browser ? sessions.open(userId, ip, userAgent) : null;
    audit.record(
        SecurityEventType.LOGIN_SUCCEEDED,
        userId,
        userId,
        user.getEmail(),
        ip,
        browser ? "web" : "api");
    return new GrantedLogin(new AzoraPrincipal(userId, user.getEmail(), user.isDemo()), sessionKey);
  }

  /** Mails a reset link when the account exists; the caller learns nothing either way. */
  public void requestPasswordReset(String email, String ip) {
    if (email == null || !EMAIL.matcher(email.strip()).matches()) {
      throw DomainException.invalid("email", "Enter a valid email address.");
    }
    users
        .findByEmail(email)
        .ifPresent(
            u -> {
              mail.passwordReset(
                  u.getEmail(), tokens.issue(u.getId(), Purpose.RESET_PASSWORD, RESET_TTL));
              audit.record(SecurityEventType.PASSWORD_RESET_REQUESTED, u.getId(), ip, null);
            });
  }

  /** True when the reset link can still be used (the page checks before showing the form). */
  public boolean resetTokenUsable(String token) {
    return tokens.peek(token, Purpose.RESET_PASSWORD).isPresent();
  }

  /** Sets a new password from a reset link, ends all sessions and API tokens of the account. */
  public void resetPassword(String token, String newPassword, String ip) {
    var t =
        tokens
            .peek(token, Purpose.RESET_PASSWORD)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.GONE,
                        "token",
                        "This reset link is invalid, used or expired. Ask for a new one."));
    UserAccount user = users.find(t.getUserId()).orElseThrow();
    requireAcceptablePassword(newPassword, user.getEmail(), user.getDisplayName());
    Instant now = Instant.now(clock);
    t.use(now);
    user.changePasswordHash(PasswordHasher.hash(newPassword), now);
    // Whoever holds the link controls the inbox, which proves the address too.
    user.markEmailVerified(now);
    sessions.signOutEverywhereElse(user.getId(), null, "PASSWORD_RESET");
    throttles.reset("acct:" + user.getEmail());
    audit.record(SecurityEventType.PASSWORD_RESET, user.getId(), ip, null);
    mail.passwordChanged(user.getEmail());
  }

  static String checkEmail(String email) {
    String e = email == null ? "" : email.strip();
    if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
      throw DomainException.invalid("email", "Enter a valid email address.");
    }
    return UserAccount.normalizeEmail(e);
  }

  static void requireAcceptablePassword(String password, String... userInputs) {
    List<String> problems = POLICY.problems(password, userInputs);
    if (!problems.isEmpty()) {
      throw DomainException.invalid("password", String.join(" ", problems));
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
