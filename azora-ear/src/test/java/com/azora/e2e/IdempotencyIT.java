package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on an annotated endpoint (enrolment): required, replayed byte for byte (errors
 * too), refused for a different request, taken over when abandoned or expired, and 50 concurrent
 * duplicates run the endpoint once.
 */
@AzoraE2E
class IdempotencyIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final WebSession api = new WebSession(server.baseUrl());

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private String token(String email) {
    return Api.token(server, email, Accounts.STRONG_PASSWORD);
  }

  private long courseId(String slug) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement("select id from course where slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), slug);
        return rs.getLong(1);
      }
    }
  }

  private long count(String sql, Object... params) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private WebSession.Page enrol(long courseId, String token, String key) {
    return api.json(
        "POST",
        "/api/courses/" + courseId + "/enrol",
        null,
        token,
        key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  @Test
  void keysAreRequiredReplayedAndBoundToOneRequest() throws Exception {
    String word = Actors.word("heron");
    long free =
        courseId(Courses.publish(actors.educator(), actors.admin(), "Herons " + word, "0", "Wade"));
    long paid =
        courseId(
            Courses.publish(actors.educator(), actors.admin(), "Egrets " + word, "19.99", "Fly"));
    String email = Accounts.registerAndVerify(server, "Idem Learner " + word, false);
    String token = token(email);

    WebSession.Page missing = enrol(free, token, null);
    assertEquals(400, missing.status(), missing.body());
    assertTrue(missing.headers().get("content-type").get(0).startsWith("application/problem+json"));
    assertEquals(
        "Idempotency-Key",
        json(missing.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        400, enrol(free, token, "x".repeat(256)).status(), "a key longer than 255 is refused");
    assertEquals(
        0,
        count(
            "select count(*) from enrolment e join app_user u on u.id = e.user_id"
                + " where u.email = ?",
            email),
        "nothing ran without a key");

    String key = UUID.randomUUID().toString();
    WebSession.Page first = enrol(free, token, key);
    assertEquals(200, first.status(), first.body());
    assertFalse(first.headers().containsKey("idempotent-replayed"), first.headers().toString());
    WebSession.Page again = enrol(free, token, key);
    assertEquals(200, again.status(), again.body());
    assertEquals(first.body(), again.body());
    assertEquals(List.of("true"), again.headers().get("idempotent-replayed"));
    assertEquals(first.headers().get("content-type"), again.headers().get("content-type"));

    // The same key for another request (another course) is refused, and nothing runs.
    WebSession.Page other = enrol(paid, token, key);
    assertEquals(422, other.status(), other.body());
    assertEquals(
        "Idempotency-Key",
        json(other.body()).getJsonArray("errors").getJsonObject(0).getString("field"));

    // Errors are stored and replayed too.
    String errorKey = UUID.randomUUID().toString();
    WebSession.Page refused = enrol(paid, token, errorKey);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("This course is paid"), refused.body());
    WebSession.Page refusedAgain = enrol(paid, token, errorKey);
    assertEquals(409, refusedAgain.status());
    assertEquals(refused.body(), refusedAgain.body());
    assertEquals(List.of("true"), refusedAgain.headers().get("idempotent-replayed"));
    assertTrue(
        refusedAgain.headers().get("content-type").get(0).startsWith("application/problem+json"));

    // Keys belong to their user: another user's identical key runs their own request.
    String otherEmail = Accounts.registerAndVerify(server, "Idem Other " + word, false);
    WebSession.Page theirs = enrol(free, token(otherEmail), key);
    assertEquals(200, theirs.status(), theirs.body());
    assertFalse(theirs.headers().containsKey("idempotent-replayed"));
    assertEquals(
        1,
        count(
            "select count(*) from idempotency_record r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.idem_key = ? and r.status = 200",
            email,
            key));
  }

  @Test
  void anAbandonedClaimOrAnExpiredRecordIsTakenOverByTheNextRequest() throws Exception {
    String word = Actors.word("ibis");
    long first =
        courseId(
            Courses.publish(actors.educator(), actors.admin(), "Ibises " + word, "0", "Probe"));
    long second =
        courseId(
            Courses.publish(actors.educator(), actors.admin(), "Spoonbills " + word, "0", "Sift"));
    String email = Accounts.registerAndVerify(server, "Idem Heir " + word, false);
    String token = token(email);
    String abandoned = UUID.randomUUID().toString();
    String expired = UUID.randomUUID().toString();
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into idempotency_record (user_id, idem_key, request_hash, status,"
                    + " content_type, body, created_at, completed_at)"
                    + " select id, ?, ?, ?, ?, ?, now() - cast(? as interval),"
                    + " case when ? is null then null else now() end from app_user where email = ?")) {
      // A node died 11 minutes into a request: no response was ever stored.
      insert(ps, abandoned, "a".repeat(64), null, null, null, "11 minutes", email);
      // A finished request of 25 hours ago, for another body: past the replay window.
      insert(
          ps,
          expired,
          "b".repeat(64),
          200,
          "application/json",
          "{\"old\":true}",
          "25 hours",
          email);
    }

    WebSession.Page heir = enrol(first, token, abandoned);
    assertEquals(200, heir.status(), heir.body());
    assertFalse(heir.headers().containsKey("idempotent-replayed"), heir.headers().toString());
    WebSession.Page fresh = enrol(second, token, expired);
    assertEquals(200, fresh.status(), "an expired key is free again, whatever it held");
    assertFalse(fresh.headers().containsKey("idempotent-replayed"));
    assertFalse(fresh.body().contains("\"old\""), fresh.body());
    assertEquals(
        2,
        count(
            "select count(*) from idempotency_record r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.status = 200 and r.created_at > now() - interval"
                + " '5 minutes' and r.idem_key in (?, ?)",
            email,
            abandoned,
            expired),
        "both records now hold the new requests' responses");
    assertEquals(
        2,
        count(
            "select count(*) from enrolment e join app_user u on u.id = e.user_id"
                + " where u.email = ?",
            email));
    // The taken-over keys now replay their new responses.
    WebSession.Page replay = enrol(first, token, abandoned);
    assertEquals(heir.body(), replay.body());
    assertEquals(List.of("true"), replay.headers().get("idempotent-replayed"));
  }

  private static void insert(
      PreparedStatement ps,
      String key,
      String hash,
      Integer status,
      String type,
      String body,
      String age,
      String email)
      throws Exception {
    ps.setString(1, key);
    ps.setString(2, hash);
    ps.setObject(3, status, java.sql.Types.SMALLINT);
    ps.setString(4, type);
    ps.setBytes(5, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ps.setString(6, age);
    ps.setObject(7, status, java.sql.Types.SMALLINT);
    ps.setString(8, email);
    ps.executeUpdate();
  }

  @Test
  void fiftyConcurrentDuplicatesRunOnce() throws Exception {
    String word = Actors.word("stork");
    long course =
        courseId(Courses.publish(actors.educator(), actors.admin(), "Storks " + word, "0", "Nest"));
    String email = Accounts.registerAndVerify(server, "Idem Crowd " + word, false);
    String token = token(email);
    String key = UUID.randomUUID().toString();

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/courses/" + course + "/enrol"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    Set<String> bodies = new HashSet<>();
    int fresh = 0;
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> r = call.get();
      assertEquals(200, r.statusCode(), r.body());
      bodies.add(r.body());
      if (r.headers().firstValue("Idempotent-Replayed").isEmpty()) {
        fresh++;
      }
    }
    assertEquals(1, bodies.size(), "every duplicate got the first response: " + bodies);
    assertEquals(1, fresh, "exactly one request ran the endpoint, 49 were replays");
    assertEquals(
        1,
        count(
            "select count(*) from enrolment e join app_user u on u.id = e.user_id"
                + " where u.email = ? and e.course_id = ?",
            email,
            course));
    assertEquals(
        1,
        count(
            "select count(*) from learning_event e join app_user u on u.id = e.user_id"
                + " where u.email = ? and e.course_id = ? and e.type = 'ENROLMENT_CREATED'",
            email,
            course));
    assertEquals(
        1,
        count(
            "select count(*) from idempotency_record r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.idem_key = ?",
            email,
            key));
  }

  @Test
  void aDifferentBodyUnderTheSameKeyIsRefusedAndTheEffectHappensOnce() throws Exception {
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    String code = Actors.word("IDEM").toUpperCase();
    WebSession.Page made =
        api.json(
            "POST",
            "/api/admin/coupons",
            "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"value\":10}",
            admin);
    assertEquals(201, made.status(), made.body());
    long adminId = count("select id from app_user where email = ?", Accounts.ADMIN);
    String key = UUID.randomUUID().toString();
    String body =
        "{\"code\":\""
            + code
            + "\",\"courseId\":1,\"price\":30,\"currency\":\"EUR\","
            + "\"userId\":"
            + adminId
            + ",\"orderReference\":\"idem-"
            + code
            + "\"}";
    Map<String, String> headers = Map.of("Idempotency-Key", key);
    WebSession.Page first =
        api.json("POST", "/api/admin/coupons/redemptions", body, admin, headers);
    assertEquals(200, first.status(), first.body());
    WebSession.Page replay =
        api.json("POST", "/api/admin/coupons/redemptions", body, admin, headers);
    assertEquals(first.body(), replay.body());
    assertEquals(List.of("true"), replay.headers().get("idempotent-replayed"));

    String changed = body.replace("\"price\":30", "\"price\":300");
    WebSession.Page refused =
        api.json("POST", "/api/admin/coupons/redemptions", changed, admin, headers);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("different request"), refused.body());
    assertEquals(
        1, count("select redemption_count from coupon where code = ?", code), "counted once");
    assertEquals(
        1,
        count(
            "select count(*) from coupon_redemption r join coupon c on c.id = r.coupon_id"
                + " where c.code = ?",
            code));
  }
}
