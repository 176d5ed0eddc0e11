package com.azora.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benches' users: one account registered and confirmed through the API (so its password hash is
 * the real thing), then as many users as a bench needs inserted with that hash, and bearer tokens
 * from the login API.
 */
final class Accounts {

  private static final String PASSWORD = "bench ledger otter paints seven lanterns";
  private static final Pattern VERIFY =
      Pattern.compile("verify\\.xhtml\\?token=([A-Za-z0-9_\\-]+)");

  private Accounts() {}

  /** An administrator {@code name@bench.azora.local} with the shared password; its token. */
  static String admin(HttpClient http, String base, Connection c, String hash, String name)
      throws Exception {
    String email = name + "@bench.azora.local";
    insertUser(c, email, hash);
    exec(
        c,
        "insert into user_role (user_id, role) select id, 'ADMIN' from app_user where email = '"
            + email
            + "'");
    return login(http, base, email);
  }

  /** Registers one account through the API, confirms it, and returns its password hash. */
  static String registeredHash(HttpClient http, String base, Connection c, String tag)
      throws Exception {
    String email = "bench-ledger-first-" + tag + "@bench.azora.local";
    HttpResponse<String> r = null;
    // Right after "ready" the API can still answer 404 or 5xx (the application still loading on
    // a busy machine) for a while: wait for it.
    for (int attempt = 0;
        attempt < 90 && (r == null || r.statusCode() == 404 || r.statusCode() >= 500);
        attempt++) {
      if (r != null) {
        Thread.sleep(2000);
      }
      r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/auth/register"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"displayName\":\"Bench Ledger\",\"email\":\""
                              + email
                              + "\",\"password\":\""
                              + PASSWORD
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "register at " + r.uri() + ": " + r.statusCode() + " " + r.headers().map());
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "select body from outbox_message where recipient = ? order by id desc limit 1")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        Matcher m = VERIFY.matcher(rs.getString(1));
        if (!m.find()) {
          throw new IllegalStateException("no verification link in the mail");
        }
        HttpResponse<String> v =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/verify.xhtml?token=" + m.group(1)))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (v.statusCode() != 200) {
          throw new IllegalStateException("verify: " + v.statusCode());
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement("select password_hash from app_user where email = ?")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  static void insertUser(Connection c, String email, String hash) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into app_user (email, display_name, password_hash, email_verified_at)"
                + " values (?, ?, ?, now())")) {
      s.setString(1, email);
      s.setString(2, "Bench " + email.substring(0, email.indexOf('@')));
      s.setString(3, hash);
      s.executeUpdate();
    }
    exec(
        c,
        "insert into user_role (user_id, role) select id, 'STUDENT' from app_user where email = '"
            + email
            + "' on conflict do nothing");
  }

  static String login(HttpClient http, String base, String email) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("login " + email + ": " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
