package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;

/**
 * Sales to settle: a new educator with one published 40.00 USD course (70 % = 28.00 per sale to
 * them), and paid orders of it (bank transfer confirmed by an admin), for settlement tests.
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

  public Seller seller(WebSession admin, String name) throws SQLException {
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
  public String paidOrder(WebSession admin, String slug) {
    String email = Accounts.registerAndVerify(server, "Settle Student", false);
    WebSession.Page started =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/orders",
                "{\"courseSlug\":\"" + slug + "\",\"provider\":\"offline\"}",
                Api.token(server, email, Accounts.STRONG_PASSWORD),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
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

  private long userId(String email) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement("select id from app_user where email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
