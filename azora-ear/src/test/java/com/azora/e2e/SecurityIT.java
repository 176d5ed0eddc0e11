package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions, cookies, CSRF, URL tricks and role checks, seen from outside over HTTP. */
@AzoraE2E
class SecurityIT {

  private static final String SESSION = "JSESSIONID";
  private static final List<String> ADMIN_PAGES =
      List.of(
          "/admin/courses.xhtml",
          "/admin/users.xhtml",
          "/admin/role-requests.xhtml",
          "/admin/audit.xhtml",
          "/admin/outbox.xhtml",
          "/admin/course-reviews.xhtml",
          "/admin/certificates.xhtml");

  private final AzoraTestServer server = AzoraTestServer.get();

  private WebSession web() {
    return new WebSession(server.baseUrl());
  }

  @Test
  void anonymousPagesCreateNoSession() {
    WebSession web = web();
    for (String page :
        List.of("/", "/index.xhtml", "/login.xhtml", "/register.xhtml", "/forgot.xhtml")) {
      WebSession.Page p = web.get(page);
      assertEquals(200, p.status(), page);
    }
    assertTrue(
        web.setCookieHeaders().stream().noneMatch(h -> h.startsWith(SESSION)),
        "anonymous pages set " + web.setCookieHeaders());
  }

  @Test
  void sessionIdChangesAtLoginAndCookieIsHardened() {
    WebSession web = web();
    web.get("/account/dashboard.xhtml"); // remembers where to go: creates a pre-login session
    String before = web.cookie(SESSION);
    assertNotNull(before, "the saved request should have started a session");
    WebSession.Page landed = Accounts.login(web, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertTrue(landed.url().endsWith("/account/dashboard.xhtml"), landed.url());
    String after = web.cookie(SESSION);
    assertNotNull(after);
    assertNotEquals(before, after, "session id must be renewed at login");
    String header =
        web.setCookieHeaders().stream()
            .filter(h -> h.startsWith(SESSION + "=" + after))
            .findFirst()
            .orElseThrow();
    String lower = header.toLowerCase();
    assertTrue(lower.contains("httponly"), header);
    assertTrue(lower.contains("secure"), header);
    assertTrue(lower.contains("samesite=lax"), header);
  }

  @Test
  void postWithoutValidViewStateIsRefused() {
    WebSession web = web();
    Accounts.login(web, Accounts.EDUCATOR, Accounts.DEMO_PASSWORD);
    WebSession.Page profile = web.get("/account/profile.xhtml");
    Map<String, String> fields = WebSession.formFields(profile.html().getElementById("profile"));
    fields.put("jakarta.faces.ViewState", "forged-view-state");
    fields.put("profile:displayName", "Forged Name");
    fields.put("profile:save", "profile:save");
    WebSession.Page forged = web.postForm("/account/profile.xhtml", fields);
    assertFalse(forged.body().contains("Profile saved"), forged.body());
    WebSession.Page after = web.get("/account/profile.xhtml");
    assertFalse(after.body().contains("Forged Name"), "a forged POST changed the profile");
  }

  @Test
  void pathTricksNeverReachAdminPagesAnonymously() {
    List<String> corpus =
        List.of(
            "/admin/users.xhtml",
            "/./admin/users.xhtml",
            "/admin/./users.xhtml",
            "/admin;x/users.xhtml",
            "/admin/users.xhtml;jsessionid=x",
            "/ADMIN/users.xhtml",
            "/Admin/users.xhtml",
            "//admin/users.xhtml",
            "/%2e/admin/users.xhtml",
            "/admin/%2e/users.xhtml",
            "/admin%2fusers.xhtml",
            "/account/../admin/users.xhtml",
            "/foo/..;/admin/users.xhtml",
            "/admin/users.xhtml/",
            "/admin/users.xhtml%00");
    for (String path : corpus) {
      WebSession.Page p = web().get(path);
      boolean adminContent =
          p.body().contains("id=\"users:table\"") || p.body().contains("<h1>Users</h1>");
      assertFalse(adminContent, path + " reached the admin page (status " + p.status() + ")");
    }
  }

  @Test
  void nonAdminRolesAreRefusedEveryAdminPage() {
    for (String email : List.of(Accounts.STUDENT, Accounts.EDUCATOR, Accounts.EMPLOYER)) {
      WebSession web = web();
      Accounts.login(web, email, Accounts.DEMO_PASSWORD);
      for (String page : ADMIN_PAGES) {
        WebSession.Page p = web.get(page);
        assertEquals(403, p.status(), email + " on " + page);
        assertTrue(p.body().contains("Not allowed"), p.body());
      }
    }
  }

  @Test
  void studentsAreRefusedAssignmentTeachingPagesAndAnonymousGetNoFiles() {
    WebSession web = web();
    Accounts.login(web, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    for (String page :
        List.of(
            "/teach/submissions.xhtml",
            "/teach/grade.xhtml?submission=1",
            "/teach/assignment.xhtml?lesson=1")) {
      assertEquals(403, web.get(page).status(), page);
    }
    WebSession.Page anonymous = web().getRaw("/learn/submission-file/1");
    assertEquals(302, anonymous.status());
    assertTrue(
        anonymous.headers().get("location").get(0).contains("/login.xhtml"),
        anonymous.headers().toString());
  }

  @Test
  void adminReachesAdminPages() {
    WebSession web = web();
    Accounts.login(web, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    for (String page : ADMIN_PAGES) {
      assertEquals(200, web.get(page).status(), page);
    }
  }

  @Test
  void repeatedFailuresAreThrottledAndMessagesDoNotRevealAccounts() {
    String email = Accounts.registerAndVerify(server, "Throttle Target", false);
    WebSession web = web();
    String first = errorText(Accounts.login(web, email, "wrong password one"));
    String unknown =
        errorText(Accounts.login(web, Accounts.uniqueEmail("nobody"), "wrong password one"));
    assertEquals(first, unknown, "unknown email and wrong password must read the same");
    for (int i = 0; i < 4; i++) {
      Accounts.login(web, email, "wrong password again");
    }
    String throttled = errorText(Accounts.login(web, email, Accounts.STRONG_PASSWORD));
    assertTrue(throttled.contains("Too many failed attempts"), throttled);
  }

  @Test
  void logoutEndsTheServerSession() {
    WebSession web = web();
    WebSession.Page dash = Accounts.login(web, Accounts.EMPLOYER, Accounts.DEMO_PASSWORD);
    String oldSession = web.cookie(SESSION);
    WebSession.Page out = web.submit(dash, "signOutForm", Map.of(), "signOutForm:signOut");
    assertTrue(out.body().contains("You are signed out"), out.body());
    // Replaying the old cookie must not get back in.
    WebSession attacker = web();
    attacker.setCookieForTest(SESSION, oldSession);
    WebSession.Page p = attacker.get("/account/dashboard.xhtml");
    assertTrue(p.url().contains("/login.xhtml"), "old session still works: " + p.url());
  }

  private static String errorText(WebSession.Page p) {
    var el =
        p.html()
            .selectFirst(
                "[id^=login] .ui-message-error, .ui-message-error-detail, .ui-message-error-summary");
    assertNotNull(el, "no error message on " + p.url() + "\n" + p.body());
    return el.text();
  }
}
