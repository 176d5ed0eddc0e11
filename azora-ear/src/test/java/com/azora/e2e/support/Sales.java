package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;

/**
 * Sales to settle: an educator with a published 40.00 USD course (70 % = 28.00 per sale to them)
 * and orders of it paid by bank transfer, confirmed by an admin on the payments desk.
 */
public final class Sales {

  /** An educator who sells one course. */
  public record Seller(String email, long id, String slug) {}

  private final AzoraTestServer server;
  private final Actors actors;

  public Sales(AzoraTestServer server) {
    this.server = server;
    this.actors = new Actors(server);
  }

  public Seller seller(WebSession admin, String name) throws Exception {
    String email = Accounts.withRole(server, name, "EDUCATOR");
    String slug =
        Courses.publish(
            actors.signedIn(email, Accounts.STRONG_PASSWORD),
            admin,
            "Course of " + name,
            "40",
            "Intro");
    return new Seller(email, userId(email), slug);
  }

  /** A new student buys the course by bank transfer and an admin confirms it; the reference. */
  public String paidOrder(WebSession admin, String slug) throws Exception {
    String email = Accounts.registerAndVerify(server, "Settle Student", false);
    WebSession.Page started =
        keyed(
            "POST",
            "/api/orders",
            "{\"courseSlug\":\"" + slug + "\",\"provider\":\"offline\"}",
            Api.token(server, email, Accounts.STRONG_PASSWORD));
    assertEquals(201, started.status(), started.body());
    String ref = Api.object(started).getString("reference");
    WebSession.Page desk = admin.get("/admin/payments.xhtml");
    Element row = desk.html().selectFirst("[id='payments:pending'] tbody tr:contains(" + ref + ")");
    assertNotNull(row, desk.body());
    WebSession.Page confirmed =
        admin.submit(desk, "payments", Map.of(), row.selectFirst("button[id$=':confirm']").id());
    assertTrue(confirmed.body().contains("Payment confirmed for " + ref), confirmed.body());
    return ref;
  }

  /** A JSON call with a fresh Idempotency-Key. */
  public WebSession.Page keyed(String method, String path, String json, String bearer) {
    return new WebSession(server.baseUrl())
        .json(method, path, json, bearer, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private long userId(String email) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement s = c.prepareStatement("select id from app_user where email = ?")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
