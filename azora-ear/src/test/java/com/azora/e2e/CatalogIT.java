package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Course authoring to catalog: an educator drafts a course with a module and a reading lesson and
 * submits it; an admin publishes it; anyone then finds it by a word prefix and sees its syllabus.
 */
@AzoraE2E
class CatalogIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  private WebSession signedIn(String email) {
    WebSession web = new WebSession(server.baseUrl());
    Accounts.login(web, email, Accounts.DEMO_PASSWORD);
    return web;
  }

  private static Map<String, String> details(String form, String title, String category) {
    return Map.of(
        form + ":title", title,
        form + ":summary", "Hands-on introduction for curious beginners.",
        form + ":description", "Week by week, with exercises.",
        form + ":category", category,
        form + ":language", "en",
        form + ":currency", "USD");
  }

  /** Creates a draft with one module and one lesson; returns the editor page. */
  private WebSession.Page draft(WebSession educator, String title, String category) {
    WebSession.Page list = educator.get("/teach/courses.xhtml");
    WebSession.Page editor =
        educator.submit(
            list, "newCourse", details("newCourse", title, category), "newCourse:create");
    assertTrue(
        editor.url().contains("/teach/course.xhtml?id="), editor.url() + "\n" + editor.body());
    editor =
        educator.submit(
            editor, "module", Map.of("module:moduleTitle", "Getting started"), "module:addModule");
    assertTrue(editor.body().contains("Module added"), editor.body());
    editor =
        educator.submit(
            editor,
            "lesson",
            Map.of(
                "lesson:lessonTitle", "What a variable is",
                "lesson:content", "A variable names a value.",
                "lesson:duration_input", "12"),
            "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());
    return editor;
  }

  @Test
  void draftReviewPublishSearchAndDetail() {
    String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Programming with " + word;
    WebSession educator = signedIn(Accounts.EDUCATOR);
    WebSession.Page editor = draft(educator, title, "Computer Science");

    WebSession anonymous = new WebSession(server.baseUrl());
    String search = "/catalog.xhtml?q=" + word.substring(0, 7);
    assertFalse(anonymous.get(search).body().contains(title), "drafts are not in the catalog");

    WebSession.Page submitted =
        educator.submit(editor, "submitForm", Map.of(), "submitForm:submit");
    assertTrue(submitted.body().contains("IN_REVIEW"), submitted.body());

    WebSession admin = signedIn(Accounts.ADMIN);
    WebSession.Page queue = admin.get("/admin/course-reviews.xhtml");
    var row = queue.html().selectFirst("[id='reviews:table'] tbody tr:contains(" + word + ")");
    assertTrue(row != null, queue.body());
    String approve = row.selectFirst("button[id$=':approve']").id();
    WebSession.Page published = admin.submit(queue, "reviews", Map.of(), approve);
    assertTrue(published.body().contains("Course published"), published.body());

    WebSession.Page found = anonymous.get(search);
    assertTrue(found.body().contains(title), found.body());
    String href = found.html().selectFirst("#results a:contains(" + word + ")").attr("href");
    WebSession.Page detail = anonymous.get(href);
    assertEquals(200, detail.status());
    assertEquals(title, detail.html().getElementById("courseTitle").text());
    assertTrue(detail.html().getElementById("syllabus").text().contains("What a variable is"));
    assertTrue(detail.html().getElementById("instructors").text().contains("Demo Educator"));
    assertTrue(
        anonymous.setCookieHeaders().stream().noneMatch(h -> h.startsWith("JSESSIONID")),
        "browsing the catalog creates no session");
  }

  @Test
  void aTypoStillFindsTheCourseAndFiltersNarrowIt() {
    String word = "quokka" + UUID.randomUUID().toString().substring(0, 5);
    String title = "Statistics " + word;
    WebSession educator = signedIn(Accounts.EDUCATOR);
    WebSession.Page editor = draft(educator, title, "Data Science");
    educator.submit(editor, "submitForm", Map.of(), "submitForm:submit");
    WebSession admin = signedIn(Accounts.ADMIN);
    WebSession.Page queue = admin.get("/admin/course-reviews.xhtml");
    var row = queue.html().selectFirst("[id='reviews:table'] tbody tr:contains(" + word + ")");
    admin.submit(queue, "reviews", Map.of(), row.selectFirst("button[id$=':approve']").id());

    WebSession anonymous = new WebSession(server.baseUrl());
    String typo = "Statistcs%20" + word;
    assertTrue(
        anonymous.get("/catalog.xhtml?q=" + typo).body().contains(title),
        "typo-tolerant title match");
    assertTrue(
        anonymous
            .get("/catalog.xhtml?q=" + word + "&category=Data%20Science&price=FREE")
            .body()
            .contains(title));
    assertFalse(anonymous.get("/catalog.xhtml?q=" + word + "&price=PAID").body().contains(title));
    assertFalse(
        anonymous.get("/catalog.xhtml?q=" + word + "&level=ADVANCED").body().contains(title));
  }

  @Test
  void rejectionNeedsAReasonAndReturnsTheDraft() {
    String word = "okapi" + UUID.randomUUID().toString().substring(0, 6);
    WebSession educator = signedIn(Accounts.EDUCATOR);
    WebSession.Page editor = draft(educator, "Biology " + word, "Science");
    educator.submit(editor, "submitForm", Map.of(), "submitForm:submit");

    WebSession admin = signedIn(Accounts.ADMIN);
    WebSession.Page queue = admin.get("/admin/course-reviews.xhtml");
    String reject =
        queue
            .html()
            .selectFirst("[id='reviews:table'] tbody tr:contains(" + word + ")")
            .selectFirst("button[id$=':reject']")
            .id();
    WebSession.Page noReason = admin.submit(queue, "reviews", Map.of(), reject);
    assertTrue(noReason.body().contains("Say what the authors should change"), noReason.body());
    WebSession.Page rejected =
        admin.submit(noReason, "reviews", Map.of("reviews:reason", "Add exercises"), reject);
    assertTrue(rejected.body().contains("sent back"), rejected.body());

    WebSession.Page mine = educator.get("/teach/courses.xhtml");
    assertTrue(mine.body().contains("Add exercises"), mine.body());
  }

  @Test
  void studentsCannotAuthorAndUnknownCoursesAre404() {
    WebSession student = signedIn(Accounts.STUDENT);
    assertEquals(403, student.get("/teach/courses.xhtml").status());
    assertEquals(
        404,
        new WebSession(server.baseUrl()).get("/course.xhtml?slug=no-such-course-here").status());
  }
}
