package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test accounts: unique new users, and the seeded demo accounts. */
public final class Accounts {

  public static final String DEMO_PASSWORD = AzoraTestServer.DEMO_PASSWORD;
  public static final String STUDENT = "student@demo.azora.local";
  public static final String EDUCATOR = "educator@demo.azora.local";
  public static final String EMPLOYER = "employer@demo.azora.local";
  public static final String ADMIN = "admin@demo.azora.local";
  public static final String STRONG_PASSWORD = "quiet otter paints seven lanterns";

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+?(/[a-z0-9-]+\\.xhtml\\?token=[A-Za-z0-9_%-]+)");

  private Accounts() {}

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  /** The path and query of the first Azora link in a mail body. */
  public static String linkPath(String mailBody) {
    Matcher m = LINK.matcher(mailBody);
    assertTrue(m.find(), "No link in mail:\n" + mailBody);
    return m.group(1);
  }

  /** A new web session signed in as the given account. */
  public static WebSession signedIn(AzoraTestServer server, String email, String password) {
    WebSession web = new WebSession(server.baseUrl());
    login(web, email, password);
    return web;
  }

  /** Signs in through the login page without JavaScript; returns the landing page. */
  public static WebSession.Page login(WebSession web, String email, String password) {
    WebSession.Page page = web.get("/login.xhtml");
    assertEquals(200, page.status());
    return web.submit(
        page, "login", Map.of("login:email", email, "login:password", password), "login:submit");
  }

  /** Registers through the page, confirms the mailed link, and returns the email. */
  public static String registerAndVerify(AzoraTestServer server, String name, boolean teach) {
    WebSession web = new WebSession(server.baseUrl());
    String email = uniqueEmail(name.toLowerCase().replace(' ', '.'));
    WebSession.Page form = web.get("/register.xhtml");
    Map<String, String> values = new java.util.HashMap<>();
    values.put("register:displayName", name);
    values.put("register:email", email);
    values.put("register:password", STRONG_PASSWORD);
    if (teach) {
      values.put("register:teach_input", "on");
    }
    WebSession.Page done = web.submit(form, "register", values, "register:submit");
    assertTrue(done.body().contains("Check your inbox"), done.body());
    String mail = server.awaitMail(email, "Confirm your Azora email");
    WebSession.Page verified = web.get(linkPath(mail));
    assertTrue(verified.body().contains("your email address is confirmed"), verified.body());
    return email;
  }

  /**
   * Registers a verified user and grants a role straight in the database: a shortcut for tests that
   * need a second educator (the approval flow itself is tested in IdentityJourneyIT).
   */
  public static String withRole(AzoraTestServer server, String name, String role) {
    String email = registerAndVerify(server, name, false);
    try (java.sql.Connection c = server.connection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "insert into user_role (user_id, role)"
                    + " select id, ? from app_user where email = ?")) {
      ps.setString(1, role);
      ps.setString(2, email);
      assertTrue(ps.executeUpdate() == 1, "role granted to " + email);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return email;
  }
}
