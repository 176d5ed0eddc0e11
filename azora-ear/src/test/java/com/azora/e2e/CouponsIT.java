package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Coupons: the admin page and API create, list and deactivate them under the DB's rules; the coupon
 * book validates redemptions and never counts past the maximum, even under concurrency.
 */
@AzoraE2E
class CouponsIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private String token(String email, String password) {
    return Api.token(server, email, password);
  }

  private String admin() {
    return token(Accounts.ADMIN, Accounts.DEMO_PASSWORD);
  }

  private WebSession.Page create(String token, String body) {
    return api.json("POST", "/api/admin/coupons", body, token);
  }

  private static String field(WebSession.Page p) {
    return json(p.body()).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private Object[] row(String sql, Object... params) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), sql);
        Object[] r = new Object[rs.getMetaData().getColumnCount()];
        for (int i = 0; i < r.length; i++) {
          r[i] = rs.getObject(i + 1);
        }
        return r;
      }
    }
  }

  private long userId(String email) throws Exception {
    return ((Number) row("select id from app_user where email = ?", email)[0]).longValue();
  }

  private WebSession.Page redeem(
      String token,
      String code,
      long courseId,
      String price,
      String currency,
      long userId,
      String order) {
    return api.json(
        "POST",
        "/api/admin/coupons/redemptions",
        "{\"code\":\""
            + code
            + "\",\"courseId\":"
            + courseId
            + ",\"price\":"
            + price
            + ",\"currency\":\""
            + currency
            + "\",\"userId\":"
            + userId
            + ",\"orderReference\":\""
            + order
            + "\"}",
        token,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  @Test
  void adminApiEnforcesTheRules() throws Exception {
    String token = admin();
    String code = Actors.word("SPRING").toUpperCase();
    WebSession.Page made =
        create(token, "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"value\":25}");
    assertEquals(201, made.status(), made.body());
    JsonObject coupon = json(made.body());
    assertEquals(0, coupon.getInt("redemptions"));
    assertTrue(coupon.getBoolean("active"));

    WebSession.Page twin =
        create(
            token,
            "{\"code\":\""
                + code.toLowerCase()
                + "\",\"kind\":\"AMOUNT\","
                + "\"value\":5,\"currency\":\"USD\"}");
    assertEquals(409, twin.status(), "codes are unique whatever their case: " + twin.body());
    assertEquals("code", field(twin));
    WebSession.Page tooMuch =
        create(token, "{\"code\":\"" + code + "X\",\"kind\":\"PERCENT\",\"value\":150}");
    assertEquals(400, tooMuch.status(), tooMuch.body());
    assertEquals("value", field(tooMuch));
    WebSession.Page noCurrency =
        create(token, "{\"code\":\"" + code + "Y\",\"kind\":\"AMOUNT\",\"value\":5}");
    assertEquals(400, noCurrency.status(), noCurrency.body());
    assertEquals("currency", field(noCurrency));
    WebSession.Page past =
        create(
            token,
            "{\"code\":\""
                + code
                + "Z\",\"kind\":\"PERCENT\",\"value\":5,"
                + "\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
    assertEquals(400, past.status(), past.body());
    assertEquals("expiresAt", field(past));

    WebSession.Page list = api.json("GET", "/api/admin/coupons?size=100", null, token);
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains(code), list.body());

    // Only admins with the payments permission manage coupons.
    String learner = Accounts.registerAndVerify(server, "Coupon Learner " + code, false);
    String learnerToken = token(learner, Accounts.STRONG_PASSWORD);
    assertEquals(403, api.json("GET", "/api/admin/coupons", null, learnerToken).status());
    assertEquals(
        403,
        create(learnerToken, "{\"code\":\"" + code + "Q\",\"kind\":\"PERCENT\",\"value\":5}")
            .status());
  }

  @Test
  void redemptionsAreValidatedAndNeverExceedTheMaximum() throws Exception {
    String token = admin();
    String word = Actors.word("kiwi");
    String slug =
        Courses.publish(actors.educator(), actors.admin(), "Kiwis " + word, "40", "Burrow");
    long course = ((Number) row("select id from course where slug = ?", slug)[0]).longValue();
    String code = word.toUpperCase() + "-3X";
    WebSession.Page made =
        create(
            token,
            "{\"code\":\""
                + code
                + "\",\"kind\":\"AMOUNT\",\"value\":7.50,"
                + "\"currency\":\"USD\",\"courseId\":"
                + course
                + ",\"maxRedemptions\":3}");
    assertEquals(201, made.status(), made.body());
    long couponId = json(made.body()).getJsonNumber("id").longValue();
    String buyer = Accounts.registerAndVerify(server, "Coupon Buyer " + word, false);
    long buyerId = userId(buyer);

    // A buyer sees the discount before paying; nothing is counted.
    WebSession.Page quote =
        api.json(
            "GET",
            "/api/coupons/" + code.toLowerCase() + "/quote?courseId=" + course,
            null,
            token(buyer, Accounts.STRONG_PASSWORD));
    assertEquals(200, quote.status(), quote.body());
    assertEquals(
        new BigDecimal("32.50"), json(quote.body()).getJsonNumber("toPay").bigDecimalValue());

    WebSession.Page otherCourse = redeem(token, code, course + 100000, "40", "USD", buyerId, "o-x");
    assertEquals(400, otherCourse.status(), otherCourse.body());
    assertEquals("couponCode", field(otherCourse));
    assertTrue(otherCourse.body().contains("another course"), otherCourse.body());
    WebSession.Page euros = redeem(token, code, course, "40", "EUR", buyerId, "o-y");
    assertEquals(400, euros.status(), euros.body());
    assertTrue(euros.body().contains("USD"), euros.body());
    WebSession.Page unknown = redeem(token, "NO-SUCH-" + word, course, "40", "USD", buyerId, "o-z");
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals("couponCode", field(unknown));

    // 20 orders race for 3 redemptions: exactly 3 win.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String body =
          "{\"code\":\""
              + code
              + "\",\"courseId\":"
              + course
              + ",\"price\":40,"
              + "\"currency\":\"USD\",\"userId\":"
              + buyerId
              + ",\"orderReference\":\"ord-"
              + word
              + "-"
              + i
              + "\"}";
      calls.add(
          client.sendAsync(
              HttpRequest.newBuilder(
                      URI.create(server.baseUrl() + "/api/admin/coupons/redemptions"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    int won = 0;
    int usedUp = 0;
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> r = call.get();
      if (r.statusCode() == 200) {
        won++;
        assertEquals(
            new BigDecimal("7.50"), json(r.body()).getJsonNumber("amount").bigDecimalValue());
      } else {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("used up"), r.body());
        usedUp++;
      }
    }
    assertEquals(3, won);
    assertEquals(17, usedUp);
    assertEquals(
        3,
        ((Number) row("select redemption_count from coupon where id = ?", couponId)[0]).intValue());
    assertEquals(
        3L, row("select count(*) from coupon_redemption where coupon_id = ?", couponId)[0]);

    // A cancelled order gives its redemption back; another order can then use it.
    String cancelled =
        (String)
            row(
                "select order_reference from coupon_redemption where coupon_id = ? limit 1",
                couponId)[0];
    assertEquals(
        204,
        api.json("DELETE", "/api/admin/coupons/redemptions/" + cancelled, null, token).status());
    assertEquals(
        2,
        json(api.json("GET", "/api/admin/coupons/" + couponId, null, token).body())
            .getInt("redemptions"));
    assertEquals(200, redeem(token, code, course, "40", "USD", buyerId, "late-" + word).status());

    // Deactivated and expired coupons are refused.
    assertEquals(
        200,
        api.json("POST", "/api/admin/coupons/" + couponId + "/deactivate", null, token).status());
    String global = word.toUpperCase() + "-ALL";
    assertEquals(
        201,
        create(token, "{\"code\":\"" + global + "\",\"kind\":\"PERCENT\",\"value\":100}").status());
    WebSession.Page inactive = redeem(token, code, course, "40", "USD", buyerId, "after-" + word);
    assertTrue(inactive.body().contains("no longer active"), inactive.body());
    WebSession.Page free = redeem(token, global, course, "40", "USD", buyerId, "free-" + word);
    assertEquals(200, free.status(), free.body());
    assertEquals(
        new BigDecimal("40.00"), json(free.body()).getJsonNumber("amount").bigDecimalValue());
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "update coupon set expires_at = now() - interval '1 minute' where code = ?")) {
      ps.setString(1, global);
      assertEquals(1, ps.executeUpdate());
    }
    WebSession.Page expired = redeem(token, global, course, "40", "USD", buyerId, "exp-" + word);
    assertEquals(400, expired.status(), expired.body());
    assertTrue(expired.body().contains("expired"), expired.body());
  }

  @Test
  void adminPageCreatesListsAndDeactivates() {
    WebSession admin = actors.admin();
    String code = Actors.word("PAGE").toUpperCase();
    WebSession.Page page = admin.get("/admin/coupons.xhtml");
    assertEquals(200, page.status());
    Map<String, String> values = new HashMap<>();
    values.put("coupon:code", code);
    values.put("coupon:kind_input", "PERCENT");
    values.put("coupon:value_hinput", "150");
    WebSession.Page refused = admin.submit(page, "coupon", values, "coupon:create");
    assertTrue(refused.body().contains("A percentage is at most 100"), refused.body());

    values.put("coupon:value_hinput", "15");
    values.put("coupon:maxRedemptions", "10");
    WebSession.Page created = admin.submit(refused, "coupon", values, "coupon:create");
    assertTrue(created.body().contains("Coupon " + code + " created"), created.body());
    Element row =
        created.html().selectFirst("[id='coupons:table'] tbody tr:contains(" + code + ")");
    assertNotNull(row, created.body());
    assertTrue(row.text().contains("15 %"), row.text());
    assertTrue(row.text().contains("0 of 10"), row.text());
    assertTrue(row.text().contains("active"), row.text());

    String button = row.selectFirst("button[id$=':deactivate']").id();
    WebSession.Page after = admin.submit(created, "coupons", Map.of(), button);
    assertTrue(after.body().contains("deactivated"), after.body());
    Element now = after.html().selectFirst("[id='coupons:table'] tbody tr:contains(" + code + ")");
    assertTrue(now.text().contains("inactive"), now.text());
  }
}
