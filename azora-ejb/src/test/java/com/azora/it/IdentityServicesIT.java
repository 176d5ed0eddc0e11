package com.azora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.identity.application.AccessTokenCheck;
import com.azora.identity.application.ApiTokenService;
import com.azora.identity.application.AuthService;
import com.azora.identity.application.GrantedLogin;
import com.azora.identity.application.LoginStep;
import com.azora.identity.application.Registration;
import com.azora.identity.application.TokenPair;
import com.azora.identity.application.UserAdminService;
import com.azora.identity.application.UserRow;
import com.azora.identity.domain.Role;
import com.azora.identity.domain.UserFilter;
import com.azora.platform.PageResult;
import com.azora.platform.error.AuthenticationFailedException;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.AzoraPrincipal;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The identity services in Payara Micro against PostgreSQL, called as EJBs inside the container.
 * One class, so one deployment (one Micro boot) serves every test; each test makes its own uniquely
 * named accounts and relies on no other.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityServicesIT {

  private static final String PASSWORD = "Vivid-Harbor-Lantern-2931";
  private static final Pattern VERIFY_LINK = Pattern.compile("verify\\.xhtml\\?token=(\\S+)");

  @EJB private AuthService auth;
  @EJB private ApiTokenService apiTokens;
  @Inject private AccessTokenCheck tokenCheck;
  @EJB private UserAdminService userAdmin;

  @Deployment
  static WebArchive deployment() {
    return MicroDeployment.war();
  }

  // --- Registration -------------------------------------------------------------------------

  @Test
  void registrationCreatesAnUnverifiedUserWithAVerificationTokenAndMail() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("Ada Tester", email, PASSWORD, Set.of()), ip());

    long userId = userId(email);
    assertNull(
        queryString("select email_verified_at::text from app_user where id = ?", userId),
        "a new account starts unverified");
    assertEquals(
        1,
        queryLong(
            "select count(*) from one_time_token where user_id = ? and purpose = 'VERIFY_EMAIL'"
                + " and used_at is null",
            userId));
    assertEquals(1, outboxCount(email, "VERIFY_EMAIL"));
    assertNotNull(verificationToken(email));
  }

  @Test
  void registeringATakenEmailAddsNoUserButMailsTheOwner() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("First Owner", email, PASSWORD, Set.of()), ip());

    // The caller sees the same outcome as a fresh sign-up (no account enumeration).
    auth.register(
        new Registration("Second Try", email.toUpperCase(), "Other-Quiet-Meadow-7714", Set.of()),
        ip());

    assertEquals(1, queryLong("select count(*) from app_user where email = ?", email));
    assertEquals(1, outboxCount(email, "VERIFY_EMAIL"));
    assertEquals(1, outboxCount(email, "ALREADY_REGISTERED"));
  }

  @Test
  void aWeakPasswordIsRefusedOnThePasswordField() throws Exception {
    String email = uniqueEmail();
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                auth.register(
                    new Registration("Weak Password", email, "password1234", Set.of()), ip()));

    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals("password", e.field());
    assertEquals(0, queryLong("select count(*) from app_user where email = ?", email));
  }

  // --- Sign-in throttling -------------------------------------------------------------------

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
    String email = registerVerified();
    String ip = ip();
    long fifthStarted = 0;
    for (int i = 0; i < 5; i++) {
      fifthStarted = System.nanoTime();
      AuthenticationFailedException wrong =
          assertThrows(
              AuthenticationFailedException.class,
              () -> auth.authenticatePassword(email, "Wrong-Password-" + UUID.randomUUID(), ip));
      assertEquals(AuthenticationFailedException.GENERIC, wrong.getMessage());
    }

    // The fifth failure locks for 5 s (LoginBackoff.FIRST_LOCK); the next call follows at once.
    AuthenticationFailedException locked =
        assertThrows(
            AuthenticationFailedException.class,
            () -> auth.authenticatePassword(email, PASSWORD, ip));
    long sinceFifthMillis = (System.nanoTime() - fifthStarted) / 1_000_000;
    assertTrue(
        locked.getMessage().startsWith("Too many failed attempts"),
        () -> "message: " + locked.getMessage() + " (" + sinceFifthMillis + " ms after the fifth)");
    assertFalse(locked.retryAfter().isZero());
  }

  @Test
  void anUnknownEmailFailsExactlyLikeAWrongPassword() throws Exception {
    String email = registerVerified();
    AuthenticationFailedException wrongPassword =
        assertThrows(
            AuthenticationFailedException.class,
            () -> auth.authenticatePassword(email, "Not-The-Password-4821", ip()));
    AuthenticationFailedException unknownEmail =
        assertThrows(
            AuthenticationFailedException.class,
            () -> auth.authenticatePassword(uniqueEmail(), PASSWORD, ip()));

    assertEquals(AuthenticationFailedException.GENERIC, wrongPassword.getMessage());
    assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
    assertEquals(wrongPassword.retryAfter(), unknownEmail.retryAfter());
  }

  // --- One-time tokens ----------------------------------------------------------------------

  @Test
  void aVerificationTokenWorksOnce() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("Once Only", email, PASSWORD, Set.of()), ip());
    String token = verificationToken(email);

    auth.verifyEmail(token, ip());
    assertNotNull(
        queryString("select email_verified_at::text from app_user where email = ?", email));

    DomainException again =
        assertThrows(DomainException.class, () -> auth.verifyEmail(token, ip()));
    assertEquals(DomainException.Kind.GONE, again.kind());
    assertEquals("token", again.field());
  }

  // --- Append-only audit log ----------------------------------------------------------------

  @Test
  void theAuditLogRefusesUpdates() throws Exception {
    long eventId = registrationEvent();
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> update("update security_event set detail = 'tampered' where id = ?", eventId));
    assertAppendOnlyRefusal(e, "UPDATE");
    assertNull(queryString("select detail from security_event where id = ?", eventId));
  }

  @Test
  void theAuditLogRefusesDeletes() throws Exception {
    long eventId = registrationEvent();
    SQLException e =
        assertThrows(
            SQLException.class, () -> update("delete from security_event where id = ?", eventId));
    assertAppendOnlyRefusal(e, "DELETE");
    assertEquals(1, queryLong("select count(*) from security_event where id = ?", eventId));
  }

  private static void assertAppendOnlyRefusal(SQLException e, String operation) {
    // The trigger raises insufficient_privilege with its own message.
    assertEquals("42501", e.getSQLState(), () -> "unexpected: " + e);
    assertTrue(
        e.getMessage().contains("security_event is append-only: " + operation + " refused"),
        () -> "message: " + e.getMessage());
  }

  // --- Authorization interceptor ------------------------------------------------------------

  @Test
  void withoutASecurityContextAdminSearchAsksToSignIn() {
    ThreadContext.unbindSubject();
    ThreadContext.unbindSecurityManager();
    UnauthenticatedException e =
        assertThrows(
            UnauthenticatedException.class, () -> userAdmin.search(UserFilter.all(), 0, 10));
    // No SecurityManager anywhere: the interceptor answers for Shiro.
    assertEquals(UnauthenticatedException.class, e.getClass());
    assertEquals("No security context", e.getMessage());
  }

  @Test
  void anUnauthenticatedSubjectIsAskedToSignIn() {
    Subject anonymous = new Subject.Builder(securityManager(Role.ADMIN)).buildSubject();
    UnauthenticatedException e =
        assertThrows(
            UnauthenticatedException.class,
            () -> call(anonymous, () -> userAdmin.search(UserFilter.all(), 0, 10)));
    assertEquals(UnauthenticatedException.class, e.getClass());
    assertEquals("Please sign in first.", e.getMessage());
  }

  @Test
  void aStudentMayNotSearchUsers() {
    AuthorizationException e =
        assertThrows(
            AuthorizationException.class,
            () -> as(Role.STUDENT, () -> userAdmin.search(UserFilter.all(), 0, 10)));
    // Signed in but lacking users:read: a 403, not a 401.
    assertEquals(UnauthorizedException.class, e.getClass());
  }

  @Test
  void anAdminGetsAPageOfUsers() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("Findable Person", email, PASSWORD, Set.of()), ip());

    PageResult<UserRow> page =
        as(Role.ADMIN, () -> userAdmin.search(new UserFilter(email, null, null), 0, 10));

    assertEquals(1, page.total());
    assertEquals(email, page.rows().get(0).email());
  }

  // --- API refresh tokens -------------------------------------------------------------------

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeFamily() throws Exception {
    String email = registerVerified();
    LoginStep step = auth.authenticatePassword(email, PASSWORD, ip());
    assertFalse(step.secondFactorRequired());
    GrantedLogin login = auth.redeemGrant(step.token(), ip(), "it", false);
    assertNull(login.sessionKey(), "API sign-in opens no browser session");

    TokenPair first = apiTokens.issue(login.principal());
    TokenPair second = apiTokens.refresh(first.refreshToken(), ip());
    assertTrue(tokenCheck.authenticate(second.accessToken()).isPresent());

    AuthenticationFailedException reuse =
        assertThrows(
            AuthenticationFailedException.class,
            () -> apiTokens.refresh(first.refreshToken(), ip()));
    assertTrue(reuse.getMessage().startsWith("The refresh token is invalid"));

    // The legitimate holder's newer token dies with the family.
    assertThrows(
        AuthenticationFailedException.class, () -> apiTokens.refresh(second.refreshToken(), ip()));
    long userId = login.principal().userId();
    assertEquals(
        2,
        queryLong("select count(*) from refresh_token where user_id = ?", userId),
        "no new pair");
    assertEquals(
        0,
        queryLong(
            "select count(*) from refresh_token where user_id = ? and revoked_at is null", userId));
    assertEquals(
        1,
        queryLong(
            "select count(*) from security_event where user_id = ? and type ="
                + " 'REFRESH_TOKEN_REUSED'",
            userId));
  }

  // --- Helpers ------------------------------------------------------------------------------

  /** Runs {@code call} as a signed-in user holding {@code role}. */
  private <T> T as(Role role, Callable<T> call) throws Exception {
    AzoraPrincipal principal = new AzoraPrincipal(-1, "it-" + role + "@example.test", false);
    Subject subject =
        new Subject.Builder(securityManager(role))
            .principals(new SimplePrincipalCollection(principal, "test"))
            .authenticated(true)
            .buildSubject();
    return call(subject, call);
  }

  /** Runs {@code call} with {@code subject} bound to the thread, as Shiro's web filter does. */
  private static <T> T call(Subject subject, Callable<T> call) throws Exception {
    try {
      return subject.execute(call);
    } catch (ExecutionException e) {
      // Shiro wraps what the call threw; the tests assert on the service's own exception.
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static DefaultSecurityManager securityManager(Role role) {
    DefaultSecurityManager sm = new DefaultSecurityManager(new RoleRealm(role));
    // Built subjects need no Shiro session.
    DefaultSubjectDAO dao = (DefaultSubjectDAO) sm.getSubjectDAO();
    ((DefaultSessionStorageEvaluator) dao.getSessionStorageEvaluator())
        .setSessionStorageEnabled(false);
    return sm;
  }

  private String registerVerified() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("Verified Person", email, PASSWORD, Set.of()), ip());
    auth.verifyEmail(verificationToken(email), ip());
    return email;
  }

  private long registrationEvent() throws Exception {
    String email = uniqueEmail();
    auth.register(new Registration("Audited Person", email, PASSWORD, Set.of()), ip());
    return queryLong(
        "select id from security_event where user_id = ? and type = 'REGISTERED'", userId(email));
  }

  private static String verificationToken(String email) throws Exception {
    String body =
        queryString(
            "select body from outbox_message where recipient = ? and kind = 'VERIFY_EMAIL'"
                + " order by id desc limit 1",
            email);
    assertNotNull(body, "no verification mail for " + email);
    Matcher m = VERIFY_LINK.matcher(body);
    assertTrue(m.find(), () -> "no link in: " + body);
    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }

  private static long outboxCount(String email, String kind) throws Exception {
    return queryLong(
        "select count(*) from outbox_message where recipient = ? and kind = ?", email, kind);
  }

  private static long userId(String email) throws Exception {
    return queryLong("select id from app_user where email = ?", email);
  }

  private static String uniqueEmail() {
    return "it-" + UUID.randomUUID() + "@example.test";
  }

  /** A fresh client address per call, so per-IP throttling never links two tests. */
  private static String ip() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private static DataSource db() throws NamingException {
    return InitialContext.doLookup("jdbc/azora");
  }

  private static long queryLong(String sql, Object... args) throws Exception {
    String value = queryString(sql, args);
    assertNotNull(value, () -> "no row for: " + sql);
    return Long.parseLong(value);
  }

  private static String queryString(String sql, Object... args) throws Exception {
    try (Connection c = db().getConnection();
        PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static int update(String sql, Object... args) throws Exception {
    try (Connection c = db().getConnection();
        PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }
}
