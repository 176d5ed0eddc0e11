package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Prerequisites between courses, modules locked behind the previous one, bounded time spent. */
@AzoraE2E
class AccessRulesIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  private static JsonObject object(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).readObject();
  }

  private String apiToken(String email) {
    WebSession.Page login =
        new WebSession(server.baseUrl())
            .json(
                "POST",
                "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.STRONG_PASSWORD + "\"}",
                null);
    return object(login).getString("accessToken");
  }

  private static long courseId(WebSession api, String word) {
    JsonObject page =
        Json.createReader(
                new StringReader(
                    api.json(
                            "GET",
                            "/api/courses?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                            null,
                            null)
                        .body()))
            .readObject();
    return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static WebSession.Page enrol(WebSession student, String slug) {
    return student.submit(
        student.get("/learn/enrol.xhtml?slug=" + slug), "enrol", Map.of(), "enrol:confirm");
  }

  @Test
  void enrolmentWaitsForThePrerequisiteThenSucceeds() {
    String word = Actors.word("clay");
    WebSession owner = actors.educator();
    String basicsSlug = Courses.publish(owner, actors.admin(), "Basics " + word, "0", "Wedging");

    WebSession.Page editor = Courses.draft(owner, "Advanced " + word, "Arts", "0", "Throwing");
    WebSession.Page matches =
        owner.submit(
            editor,
            "prerequisites",
            Map.of("prerequisites:prerequisiteTitle", "Basics " + word),
            "prerequisites:findPrerequisite");
    Element match =
        matches.html().select("#prerequisiteMatches li").stream()
            .filter(li -> li.text().contains("Basics " + word))
            .findFirst()
            .orElseThrow(() -> new AssertionError(matches.body()));
    WebSession.Page required =
        owner.submit(
            matches,
            "prerequisites",
            Map.of(),
            match.selectFirst("button[id$=requireCourse]").id());
    assertTrue(required.body().contains("Prerequisite added"), required.body());
    assertTrue(
        required.html().getElementById("prerequisiteList").text().contains("Basics " + word));
    Courses.submit(owner, required);
    Courses.decide(actors.admin(), word, "approve", null);

    WebSession anonymous = new WebSession(server.baseUrl());
    long advancedId = courseId(anonymous, "Advanced " + word);
    WebSession.Page advancedPage = anonymous.get("/api/courses/" + advancedId);
    String advancedSlug = object(advancedPage).getJsonObject("card").getString("slug");
    Element prereqs =
        anonymous.get("/course.xhtml?slug=" + advancedSlug).html().getElementById("prerequisites");
    assertNotNull(prereqs);
    assertTrue(
        prereqs.selectFirst("a").attr("href").contains("slug=" + basicsSlug), prereqs.html());

    String email = Accounts.registerAndVerify(server, "Clay Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page refused = enrol(student, advancedSlug);
    assertTrue(
        refused.body().contains("This course requires “Basics " + word + "” first"),
        refused.body());

    String token = apiToken(email);
    WebSession.Page apiRefused =
        anonymous.json(
            "POST",
            "/api/courses/" + advancedId + "/enrol",
            null,
            token,
            java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
    assertEquals(409, apiRefused.status(), apiRefused.body());
    assertTrue(apiRefused.body().contains("Basics " + word), apiRefused.body());

    WebSession.Page basics = enrol(student, basicsSlug);
    WebSession.Page done = student.submit(basics, "player", Map.of(), "player:complete");
    assertTrue(done.body().contains("whole course is complete"), done.body());

    WebSession.Page enrolled = enrol(student, advancedSlug);
    assertEquals("Throwing", enrolled.html().getElementById("lessonTitle").text(), enrolled.body());
  }

  @Test
  void aLockedModuleOpensOnceThePreviousModuleIsCompleted() {
    String word = Actors.word("loom");
    WebSession owner = actors.educator();
    WebSession.Page editor = Courses.draft(owner, "Weaving " + word, "Crafts", "0", "Warp");
    editor =
        owner.submit(
            editor, "module", Map.of("module:moduleTitle", "Patterns"), "module:addModule");
    editor =
        owner.submit(
            editor,
            "lesson",
            Map.of(
                "lesson:lessonTitle", "Twill",
                "lesson:content", "Over two, under two.",
                "lesson:duration_hinput", "15",
                "lesson:required_input", "on"),
            "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());
    WebSession.Page locked =
        owner.submit(editor, "syllabusForm", Map.of(), "syllabusForm:modules:1:lockModule");
    assertTrue(locked.body().contains("Module locked"), locked.body());
    Courses.submit(owner, locked);
    Courses.decide(actors.admin(), word, "approve", null);

    WebSession anonymous = new WebSession(server.baseUrl());
    long courseId = courseId(anonymous, word);
    String slug =
        object(anonymous.get("/api/courses/" + courseId)).getJsonObject("card").getString("slug");
    WebSession.Page coursePage = anonymous.get("/course.xhtml?slug=" + slug);
    String syllabus = coursePage.html().getElementById("syllabus").text();
    assertTrue(syllabus.contains("opens when the previous module is completed"), syllabus);
    assertTrue(syllabus.contains("15 min"), syllabus);

    String email = Accounts.registerAndVerify(server, "Loom Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    WebSession.Page first = enrol(student, slug);
    assertEquals("Warp", first.html().getElementById("lessonTitle").text());
    String nextHref = first.html().getElementById("player:next").attr("href");
    long twill = Long.parseLong(nextHref.substring(nextHref.indexOf("id=") + 3));

    WebSession.Page refused = student.get(nextHref);
    assertEquals(403, refused.status());
    assertTrue(
        refused
            .html()
            .getElementById("refusal")
            .text()
            .contains("complete the module “Getting started”"),
        refused.body());
    String token = apiToken(email);
    WebSession.Page apiRefused = anonymous.json("GET", "/api/lessons/" + twill, null, token);
    assertEquals(403, apiRefused.status(), apiRefused.body());
    assertTrue(apiRefused.body().contains("Getting started"), apiRefused.body());

    student.submit(first, "player", Map.of(), "player:complete");
    WebSession.Page open = student.get(nextHref);
    assertEquals(200, open.status());
    assertEquals("Twill", open.html().getElementById("lessonTitle").text());
    assertEquals(200, anonymous.json("GET", "/api/lessons/" + twill, null, token).status());
  }

  @Test
  void heartbeatsCreditNoMoreThanTheTimeThatPassed() throws Exception {
    String word = Actors.word("kiln");
    String slug =
        Courses.publish(actors.educator(), actors.admin(), "Firing " + word, "0", "Cones");
    String email = Accounts.registerAndVerify(server, "Kiln Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    long started = System.nanoTime();
    WebSession.Page lesson = enrol(student, slug);
    String id = lesson.html().getElementById("heartbeat").attr("data-lesson");

    // Two quick beats right after opening: together no more than the seconds that passed.
    int quick = credited(student, id) + credited(student, id);
    long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
    assertTrue(quick <= elapsed, quick + " s credited in " + elapsed + " s");

    Thread.sleep(6_000);
    int later = credited(student, id);
    long total = (System.nanoTime() - started) / 1_000_000_000L + 1;
    assertTrue(later >= 5 && quick + later <= total, later + " s credited in " + total + " s");

    // Someone not enrolled cannot beat for this lesson.
    String other = Accounts.registerAndVerify(server, "Kiln Stranger " + word, false);
    WebSession stranger = actors.signedIn(other, Accounts.STRONG_PASSWORD);
    assertEquals(404, stranger.postForm("/learn/heartbeat", Map.of("lesson", id)).status());

    JsonArray mine =
        Json.createReader(
                new StringReader(
                    new WebSession(server.baseUrl())
                        .json("GET", "/api/me/courses", null, apiToken(email))
                        .body()))
            .readArray();
    assertEquals(quick + later, mine.getJsonObject(0).getJsonNumber("secondsSpent").longValue());
    String shown = student.get("/learn/courses.xhtml").html().select("[id$=timeSpent]").text();
    assertTrue(shown.contains("min") || shown.contains("under a minute"), shown);
  }

  private static int credited(WebSession student, String lessonId) {
    WebSession.Page beat = student.postForm("/learn/heartbeat", Map.of("lesson", lessonId));
    assertEquals(200, beat.status(), beat.body());
    return object(beat).getInt("credited");
  }
}
