package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.Leaderboards;
import com.azora.e2e.support.Leaderboards.Entry;
import com.azora.e2e.support.Leaderboards.Generation;
import com.azora.e2e.support.RewardEvents;
import com.azora.e2e.support.WebSession;
import com.azora.leaderboard.domain.RunSlot;
import com.azora.leaderboard.infrastructure.LeaderboardBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Leaderboards end to end: learners earn through the real reward path, an admin groups some into an
 * organisation and presses "Recompute now", and every board of the swapped generation equals a
 * reference ranking computed here from raw ledger rows, ties included; transfers never count.
 */
@AzoraE2E
class LeaderboardIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void everyBoardMatchesTheReferenceRankingWithTiesAfterRecomputeNow() throws Exception {
    String word = Actors.word("heron");
    WebSession admin = actors.admin();
    String slug = Courses.publish(actors.educator(), admin, "Wading birds " + word, "0", "Legs");
    long course = single("select id from course where slug = ?", slug);
    String a = Accounts.registerAndVerify(server, "Ada " + word, false);
    String b = Accounts.registerAndVerify(server, "Bo " + word, false);
    String c = Accounts.registerAndVerify(server, "Cy " + word, false);
    String d = Accounts.registerAndVerify(server, "Di " + word, false);
    String e = Accounts.registerAndVerify(server, "Ed " + word, false);
    // Rewarded in this order, one catch-up each, so within a tie B and D reached their score first.
    earn(b, course, "COURSE_COMPLETED", null, "QUIZ_PASSED", "100", "QUIZ_PASSED", "80"); // 50
    earn(a, course, "COURSE_COMPLETED", null, "COURSE_COMPLETED", null); // 50
    earn(d, course, "COURSE_COMPLETED", null, "QUIZ_PASSED", "85"); // 35
    earn(c, course, "COURSE_COMPLETED", null, "QUIZ_PASSED", "90"); // 35
    earn(e, course, "QUIZ_PASSED", "100"); // 15
    // A transfer moves AZR but earns nothing: C's balance grows, E's shrinks, the boards do not.
    WebSession.Page sent =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/me/wallet/transfers",
                Json.createObjectBuilder()
                    .add("recipientEmail", c)
                    .add("amount", new BigDecimal("10"))
                    .add("memo", "")
                    .build()
                    .toString(),
                token(e),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(201, sent.status(), sent.body());

    long org = organisation(admin, "Marsh club " + word, a, c, e, d);
    removeMember(admin, "Marsh club " + word, d);

    long lastTx = single("select max(id) from ledger_transaction");
    Generation g = Leaderboards.recomputeCovering(server, admin, lastTx);
    Map<String, List<Entry>> boards = Leaderboards.boards(server, g.id());
    Map<String, List<Entry>> reference = Leaderboards.reference(server, g);
    assertEquals(reference.keySet(), boards.keySet(), "the same boards");
    reference.forEach((k, v) -> assertEquals(v, boards.get(k), "board " + k));

    long ua = userId(a);
    long ub = userId(b);
    long uc = userId(c);
    long ud = userId(d);
    long ue = userId(e);
    assertEquals(
        List.of(
            new Entry(1, 1, ub, new BigDecimal("50.00")),
            new Entry(2, 1, ua, new BigDecimal("50.00")),
            new Entry(3, 3, ud, new BigDecimal("35.00")),
            new Entry(4, 3, uc, new BigDecimal("35.00")),
            new Entry(5, 5, ue, new BigDecimal("15.00"))),
        boards.get("COURSE:" + course));
    assertEquals(
        List.of(
            new Entry(1, 1, ua, new BigDecimal("50.00")),
            new Entry(2, 2, uc, new BigDecimal("35.00")),
            new Entry(3, 3, ue, new BigDecimal("15.00"))),
        boards.get("ORG:" + org),
        "D was removed again; C's transfer in does not count");
    for (String board : List.of("GLOBAL:0", "WEEKLY:0", "MONTHLY:0")) {
      List<Entry> lines = boards.get(board);
      Entry ea = lineOf(lines, ua);
      Entry eb = lineOf(lines, ub);
      assertEquals(ea.rank(), eb.rank(), board + ": equal points share a rank");
      assertTrue(eb.position() < ea.position(), board + ": B reached 50 first");
      assertEquals(new BigDecimal("15.00"), lineOf(lines, ue).points(), board);
    }

    // The API reads the same generation; organisation boards are for members only.
    WebSession api = new WebSession(server.baseUrl());
    WebSession.Page courseBoard =
        api.json("GET", "/api/leaderboards/course?course=" + course, null, token(c));
    assertEquals(200, courseBoard.status(), courseBoard.body());
    JsonObject json = Api.object(courseBoard);
    // The current generation or a later one (the quarter-hourly timer may have run since).
    assertTrue(json.getJsonNumber("generation").longValue() >= g.id(), courseBoard.body());
    assertEquals(5, json.getInt("total"));
    assertEquals(
        ub, json.getJsonArray("entries").getJsonObject(0).getJsonNumber("userId").longValue());
    assertEquals(3, json.getJsonObject("me").getInt("rank"));
    assertEquals(4, json.getJsonObject("me").getInt("position"));
    WebSession.Page myRank = api.json("GET", "/api/me/rank?board=org&org=" + org, null, token(e));
    assertEquals(200, myRank.status(), myRank.body());
    assertEquals(3, Api.object(myRank).getInt("rank"));
    assertEquals(
        new BigDecimal("15.00"), Api.object(myRank).getJsonNumber("points").bigDecimalValue());
    assertEquals(404, api.json("GET", "/api/leaderboards/org?org=" + org, null, token(d)).status());
    assertEquals(400, api.json("GET", "/api/leaderboards/yearly", null, token(d)).status());
    assertEquals(401, api.json("GET", "/api/me/rank", null, null).status());
    assertEquals(
        403,
        api.json("POST", "/api/admin/leaderboards/recompute", null, token(d)).status(),
        "only token managers recompute");
    Books.assertBalanced();
  }

  @Test
  void aStudentEarnsByCompletingALessonAndSeesTheirRankHighlighted(Browser browser)
      throws Exception {
    String word = Actors.word("egret");
    WebSession admin = actors.admin();
    String title = "Shorebirds " + word;
    String slug = Courses.publish(actors.educator(), admin, title, "0", "Plumage");
    String email = Accounts.registerAndVerify(server, "Lea " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page enrol = student.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page first = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    WebSession.Page done = student.submit(first, "player", Map.of(), "player:complete");
    assertEquals("Course complete.", done.html().getElementById("completionState").text());
    long org = organisation(admin, "Lagoon " + word, email);
    Generation g =
        Leaderboards.recomputeCovering(
            server, admin, single("select max(id) from ledger_transaction"));
    Entry global = lineOf(Leaderboards.boards(server, g.id()).get("GLOBAL:0"), userId(email));
    // 2 AZR for the lesson, 25 for completing the one-lesson course.
    assertEquals(new BigDecimal("27.00"), global.points());

    WebDriver dr = browser.driver();
    browser.open("/login.xhtml");
    dr.findElement(By.id("login:email")).sendKeys(email);
    dr.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    dr.findElement(By.id("login:submit")).click();
    waitFor(dr, By.id("accountCard"));
    dr.findElement(By.id("navLeaderboard")).click();
    WebElement mine = waitFor(dr, By.id("myRank"));
    assertTrue(
        mine.getText().contains("Your rank: " + global.rank() + " with 27.00 AZR"), mine.getText());

    waitFor(dr, By.linkText("Lagoon " + word)).click();
    new WebDriverWait(dr, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardTitle"), "Lagoon"));
    assertTrue(dr.findElement(By.id("myRank")).getText().contains("Your rank: 1 with 27.00"));
    WebElement highlighted = waitFor(dr, By.cssSelector("tr.az-me"));
    assertTrue(highlighted.getText().contains("Lea " + word + " (you)"), highlighted.getText());
    assertTrue(dr.getCurrentUrl().contains("org=" + org), dr.getCurrentUrl());

    browser.open("/course.xhtml?slug=" + slug);
    waitFor(dr, By.id("courseLeaderboard")).click();
    new WebDriverWait(dr, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardTitle"), title));
    assertTrue(dr.findElement(By.id("myRank")).getText().contains("Your rank: 1 with 27.00"));
    Books.assertBalanced();
  }

  @Test
  void adminsManageOrganisationsWithReadableValidation() throws Exception {
    String word = Actors.word("ibis");
    WebSession admin = actors.admin();
    WebSession.Page page = admin.get("/admin/organisations.xhtml");
    WebSession.Page empty = admin.submit(page, "create", Map.of("create:name", " "), "create:save");
    assertTrue(empty.body().contains("Enter the organisation"), empty.body());
    String member = Accounts.registerAndVerify(server, "Ike " + word, false);
    long org = organisation(admin, "Reed bed " + word, member);
    WebSession.Page again =
        admin.submit(
            admin.get("/admin/organisations.xhtml"),
            "create",
            Map.of("create:name", "REED BED " + word),
            "create:save");
    assertTrue(again.body().contains("exists already"), again.body());
    WebSession.Page members = select(admin, "Reed bed " + word);
    WebSession.Page unknown =
        admin.submit(
            members,
            "members",
            Map.of("members:email", "nobody-" + word + "@example.org"),
            "members:add");
    assertTrue(unknown.body().contains("No user has the email address"), unknown.body());
    WebSession.Page twice =
        admin.submit(members, "members", Map.of("members:email", member), "members:add");
    assertTrue(twice.body().contains("is already a member"), twice.body());
    assertEquals(
        1, single("select count(*) from organisation_member where organisation_id = ?", org));
    WebSession.Page student =
        actors.signedIn(member, Accounts.STRONG_PASSWORD).get("/learn/leaderboard.xhtml");
    assertNotNull(student.html().selectFirst("a:contains(Reed bed " + word + ")"), student.body());
    WebSession.Page other =
        actors
            .signedIn(Accounts.STUDENT, Accounts.DEMO_PASSWORD)
            .get("/learn/leaderboard.xhtml?board=org&org=" + org);
    assertEquals(404, other.status(), "not a member");
  }

  @Test
  void aScheduledSlotOpensOneGenerationEvenWhenTheTimerFiresTwice() throws Exception {
    // A quarter-hour long past, so no real timer run ever names it.
    Instant slot = RunSlot.of(Instant.parse("2001-02-03T04:05:06Z"));
    try (Connection c = server.connection()) {
      OptionalLong first = LeaderboardBuilder.begin(c, slot, null, Instant.now());
      OptionalLong second = LeaderboardBuilder.begin(c, slot, null, Instant.now());
      try {
        assertTrue(first.isPresent());
        assertTrue(second.isEmpty(), "the second fire for the slot stops at once");
        assertEquals(
            1, single("select count(*) from leaderboard_run where slot = ?", Timestamp.from(slot)));
        // While that run counts as running, "Recompute now" is refused with a readable message.
        WebSession admin = actors.admin();
        WebSession.Page refused =
            admin.submit(
                admin.get("/admin/leaderboards.xhtml"), "recompute", Map.of(), "recompute:now");
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("running already"), refused.body());
        WebSession.Page api =
            new WebSession(server.baseUrl())
                .json(
                    "POST",
                    "/api/admin/leaderboards/recompute",
                    null,
                    Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD));
        assertEquals(409, api.status(), api.body());
      } finally {
        // Not a real run: retire it so "Recompute now" is not held back by it.
        try (PreparedStatement ps =
            c.prepareStatement(
                "update leaderboard_run set status = 'SUPERSEDED', finished_at = now()"
                    + " where slot = ?")) {
          ps.setTimestamp(1, Timestamp.from(slot));
          ps.executeUpdate();
        }
      }
    }
  }

  // ---- helpers

  /** Creates an organisation with the given members through the admin page; returns its id. */
  private long organisation(WebSession admin, String name, String... emails) throws SQLException {
    WebSession.Page page = admin.get("/admin/organisations.xhtml");
    WebSession.Page created =
        admin.submit(page, "create", Map.of("create:name", name), "create:save");
    assertTrue(created.body().contains("created"), created.body());
    WebSession.Page members = select(admin, name);
    for (String email : emails) {
      members = admin.submit(members, "members", Map.of("members:email", email), "members:add");
      assertTrue(members.body().contains(email + " added"), members.body());
    }
    return single("select id from organisation where name = ?", name);
  }

  private void removeMember(WebSession admin, String name, String email) {
    WebSession.Page members = select(admin, name);
    Element row =
        members.html().selectFirst("[id='members:table'] tbody tr:contains(" + email + ")");
    assertNotNull(row, members.body());
    WebSession.Page removed =
        admin.submit(members, "members", Map.of(), row.selectFirst("button[id$=':remove']").id());
    assertTrue(removed.body().contains("Member removed"), removed.body());
  }

  private WebSession.Page select(WebSession admin, String name) {
    WebSession.Page page = admin.get("/admin/organisations.xhtml");
    Element row = page.html().selectFirst("[id='list:table'] tbody tr:contains(" + name + ")");
    assertNotNull(row, page.body());
    WebSession.Page members =
        admin.submit(page, "list", Map.of(), row.selectFirst("button[id$=':select']").id());
    assertTrue(members.body().contains("Members of " + name), members.body());
    return members;
  }

  /** Records learning events (type, score pairs) on past days; the real reward path mints. */
  private void earn(String email, long course, String... events) throws SQLException {
    long user = userId(email);
    for (int i = 0; i < events.length; i += 2) {
      BigDecimal score = events[i + 1] == null ? null : new BigDecimal(events[i + 1]);
      RewardEvents.insert(server, user, course, events[i], 1 + i / 2, score);
    }
    RewardEvents.catchUp(actors.admin());
  }

  private static Entry lineOf(List<Entry> lines, long user) {
    assertNotNull(lines);
    return lines.stream()
        .filter(l -> l.user() == user)
        .findFirst()
        .orElseThrow(() -> new AssertionError("user " + user + " not on " + lines));
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String token(String email) {
    return Api.token(server, email, Accounts.STRONG_PASSWORD);
  }

  private long userId(String email) throws SQLException {
    return single("select id from app_user where email = ?", email);
  }

  private long single(String sql, Object... params) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row for " + sql);
        return rs.getLong(1);
      }
    }
  }
}
