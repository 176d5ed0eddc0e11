package com.azora.identity.application;

import com.azora.identity.domain.Avatar;
import com.azora.identity.domain.RecoveryCode;
import com.azora.identity.domain.RecoveryCodes;
import com.azora.identity.domain.Role;
import com.azora.identity.domain.RoleRequest;
import com.azora.identity.domain.Secrets;
import com.azora.identity.domain.SecurityEvent;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.domain.Totp;
import com.azora.identity.domain.UserAccount;
import com.azora.identity.domain.UserRepository;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.identity.infrastructure.PasswordHasher;
import com.azora.identity.infrastructure.SessionRegistry;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.image.ImageUpload;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The signed-in user's own account: profile, avatar, password, role requests and two-factor
 * authentication. Every method acts on the caller only, so no user can touch another's account.
 */
@Stateless
@RequiresAuthentication
public class AccountService {

  private static final int RECOVERY_CODE_COUNT = 10;

  @Inject private UserRepository users;
  @Inject private SessionRegistry sessions;
  @Inject private AuditLog audit;
  @Inject private IdentityMail mail;
  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;

  public AccountView me() {
    UserAccount u = current();
    long codesLeft =
        em.createNamedQuery("RecoveryCode.countUnused", Long.class)
            .setParameter("userId", u.getId())
            .getSingleResult();
    boolean hasAvatar = em.find(Avatar.class, u.getId()) != null;
    List<RoleRequestView> requests =
        em
            .createNamedQuery("RoleRequest.byUser", RoleRequest.class)
            .setParameter("userId", u.getId())
            .getResultList()
            .stream()
            .map(r -> RoleViews.of(r, u))
            .toList();
    return new AccountView(
        u.getId(),
        u.getEmail(),
        u.getDisplayName(),
        u.getBio(),
        u.getLocation(),
        u.getTimeZone(),
        u.getRoles(),
        u.getEmailVerifiedAt() != null,
        u.isTotpEnabled(),
        codesLeft,
        u.isDemo(),
        hasAvatar,
        u.getCreatedAt(),
        requests);
  }

  public AccountView updateProfile(ProfileUpdate p, String ip) {
    String name = p.displayName() == null ? "" : p.displayName().strip();
    if (name.isEmpty() || name.length() > 120) {
      throw DomainException.invalid("displayName", "Enter your name (up to 120 characters).");
    }
    if (p.bio() != null && p.bio().length() > 2000) {
      throw DomainException.invalid("bio", "Keep the bio under 2000 characters.");
    }
    if (p.location() != null && p.location().length() > 120) {
      throw DomainException.invalid("location", "Keep the location under 120 characters.");
    }
    String zone = p.timeZone() == null || p.timeZone().isBlank() ? "UTC" : p.timeZone().strip();
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw DomainException.invalid("timeZone", "Choose a time zone from the list.");
    }
    UserAccount u = current();
    u.updateProfile(name, p.bio(), p.location(), zone);
    audit.record(SecurityEventType.PROFILE_UPDATED, u.getId(), ip, null);
    return me();
  }

  /** Changes the password after checking the current one; other sessions and API tokens end. */
  public void changePassword(
      String currentPassword, String newPassword, String keepSessionKey, String ip) {
    UserAccount u = current();
    if (!PasswordHasher.matches(u.getPasswordHash(), currentPassword)) {
      throw DomainException.invalid("currentPassword", "Your current password is not correct.");
    }
    AuthService.requireAcceptablePassword(newPassword, u.getEmail(), u.getDisplayName());
    Instant now = Instant.now(clock);
    u.changePasswordHash(PasswordHasher.hash(newPassword), now);
    sessions.signOutEverywhereElse(u.getId(), keepSessionKey, "PASSWORD_CHANGED");
    audit.record(SecurityEventType.PASSWORD_CHANGED, u.getId(), ip, null);
    mail.passwordChanged(u.getEmail());
  }

  public void requestRole(Role role, String motivation, String ip) {
    if (role == null || !role.requestable()) {
      throw DomainException.invalid("role", "Choose Educator or Employer.");
    }
    UserAccount u = current();
    if (u.getRoles().contains(role)) {
      throw DomainException.conflict("role", "You already have this role.");
    }
    boolean pending =
        em.createNamedQuery("RoleRequest.byUser", RoleRequest.class)
            .setParameter("userId", u.getId())
            .getResultStream()
            .anyMatch(r -> r.getRole() == role && r.getStatus() == RoleRequest.Status.PENDING);
    if (pending) {
      throw DomainException.conflict("role", "A request for this role is already waiting.");
    }
    if (motivation != null && motivation.length() > 1000) {
      throw DomainException.invalid("motivation", "Keep it under 1000 characters.");
    }
    em.persist(new RoleRequest(u.getId(), role, motivation, Instant.now(clock)));
    audit.record(SecurityEventType.ROLE_REQUESTED, u.getId(), ip, role.name());
  }

  public List<SecurityEventView> recentEvents(int max) {
    long id = CurrentUser.id();
    return em
        .createQuery(
            "select e from SecurityEvent e where e.userId = :id order by e.occurredAt desc",
            SecurityEvent.class)
        .setParameter("id", id)
        .setMaxResults(Math.min(Math.max(max, 1), 100))
        .getResultList()
        .stream()
        .map(e -> AuditViews.of(e, null))
        .toList();
  }

  // --- avatar -------------------------------------------------------------------------------

  public void uploadAvatar(byte[] data) {
    String type =
        ImageUpload.check(
            data,
            ConfigKey.AVATAR_MAX_BYTES.asInt(),
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp"),
            "avatar",
            "PNG, JPEG, GIF or WebP");
    long id = CurrentUser.id();
    Avatar a = em.find(Avatar.class, id);
    Instant now = Instant.now(clock);
    if (a == null) {
      em.persist(new Avatar(id, type, data, now));
    } else {
      a.replace(type, data, now);
    }
  }

  public void removeAvatar() {
    Avatar a = em.find(Avatar.class, CurrentUser.id());
    if (a != null) {
      em.remove(a);
    }
  }

  /** Any signed-in user may see any avatar (they appear next to names). */
  public Optional<AvatarImage> avatarOf(long userId) {
    return Optional.ofNullable(em.find(Avatar.class, userId))
        .map(
            a -> new AvatarImage(a.getContentType(), a.getData(), a.getUpdatedAt().toEpochMilli()));
  }

  // --- two-factor ---------------------------------------------------------------------------

  /** Starts TOTP enrolment with a fresh secret; 2FA stays off until {@link #confirmTotp}. */
  public TotpSetup beginTotp() {
    UserAccount u = current();
    if (u.isTotpEnabled()) {
      throw DomainException.conflict(null, "Two-factor authentication is already on.");
    }
    String secret = Totp.newSecret();
    u.beginTotpEnrolment(secret);
    return new TotpSetup(secret, Totp.otpauthUri("Azora", u.getEmail(), secret));
  }

  /** Turns 2FA on when the code matches, and returns the 10 recovery codes (shown once). */
  public List<String> confirmTotp(String code, String ip) {
    UserAccount u = current();
    if (u.isTotpEnabled() || u.getTotpSecret() == null) {
      throw DomainException.conflict(null, "Start the set-up again.");
    }
    OptionalLong step =
        new Totp(clock).verify(u.getTotpSecret(), code == null ? "" : code.strip(), null);
    if (step.isEmpty()) {
      throw DomainException.invalid(
          "code", "That code does not match. Check the time on your phone and try the next code.");
    }
    u.confirmTotp(step.getAsLong());
    audit.record(SecurityEventType.TWO_FACTOR_ENABLED, u.getId(), ip, null);
    return newRecoveryCodes(u.getId());
  }

  public void disableTotp(String password, String ip) {
    UserAccount u = current();
    requirePassword(u, password);
    u.disableTotp();
    em.createNamedQuery("RecoveryCode.deleteAll").setParameter("userId", u.getId()).executeUpdate();
    audit.record(SecurityEventType.TWO_FACTOR_DISABLED, u.getId(), ip, null);
  }

  public List<String> regenerateRecoveryCodes(String password, String ip) {
    UserAccount u = current();
    requirePassword(u, password);
    if (!u.isTotpEnabled()) {
      throw DomainException.conflict(null, "Turn on two-factor authentication first.");
    }
    audit.record(SecurityEventType.RECOVERY_CODES_REGENERATED, u.getId(), ip, null);
    return newRecoveryCodes(u.getId());
  }

  private List<String> newRecoveryCodes(long userId) {
    em.createNamedQuery("RecoveryCode.deleteAll").setParameter("userId", userId).executeUpdate();
    Instant now = Instant.now(clock);
    List<String> codes = RecoveryCodes.generate(RECOVERY_CODE_COUNT);
    codes.forEach(c -> em.persist(new RecoveryCode(userId, Secrets.sha256Hex(c), now)));
    return codes;
  }

  private static void requirePassword(UserAccount u, String password) {
    if (!PasswordHasher.matches(u.getPasswordHash(), password)) {
      throw DomainException.invalid("password", "Your password is not correct.");
    }
  }

  private UserAccount current() {
    return users
        .find(CurrentUser.id())
        .orElseThrow(() -> DomainException.notFound("Your account no longer exists."));
  }
}
