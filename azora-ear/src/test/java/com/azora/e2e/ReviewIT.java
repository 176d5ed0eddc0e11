package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Reviews and ratings through the pages: who may review, one review per course and editing it,
 * totals on the course page and the catalog, instructor replies, the rating facet and sorts, and
 * Markdown lesson text that reaches the player sanitized.
 */
@AzoraE2E
class ReviewIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  private WebSession demo(String email) {
    return Accounts.signedIn(server, email, Accounts.DEMO_PASSWORD);
  }

  private WebSession newStudent(String name) {
    return Accounts.signedIn(
        server, Accounts.registerAndVerify(server, name, false), Accounts.STRONG_PASSWORD);
  }

  @Test
  void eligibleStudentsReviewOnceAndInstructorsReply() throws Exception {
    String word = Actors.word("walrus");
    String title = "Oceans " + word;
    String slug =
        Courses.publish(
            demo(Accounts.EDUCATOR), demo(Accounts.ADMIN), title, "0", "Tides", "Currents");
    String reviewPath = "/learn/review.xhtml?course=" + slug;

    WebSession first = newStudent("Reviewer " + word);
    WebSession.Page notEnrolled = first.get(reviewPath);
    assertTrue(
        notEnrolled.html().getElementById("refusal").text().contains("Enrol in this course"),
        notEnrolled.body());
    assertNull(notEnrolled.html().getElementById("review"), "no form for the ineligible");

    WebSession.Page lesson = enrol(first, slug);
    WebSession.Page noLessonDone = first.get(reviewPath);
    assertTrue(
        noLessonDone.html().getElementById("refusal").text().contains("Complete at least one"),
        noLessonDone.body());

    first.submit(lesson, "player", Map.of(), "player:complete");
    WebSession.Page mine = first.get("/learn/courses.xhtml");
    Element reviewLink = mine.html().selectFirst("a.az-review-link");
    assertNotNull(reviewLink, "my courses links to the review page: " + mine.body());

    // Two windows open the empty form; the second "first review" is refused.
    WebSession.Page form = first.get(reviewLink.attr("href"));
    WebSession.Page staleForm = first.get(reviewPath);
    WebSession.Page noRating =
        first.submit(form, "review", Map.of("review:body", "Nice"), "review:save");
    assertTrue(noRating.body().contains("Choose a rating from 1 to 5 stars"), noRating.body());
    WebSession.Page created =
        first.submit(
            form,
            "review",
            Map.of("review:rating", "4", "review:body", "Clear <b>tides</b> lesson"),
            "review:save");
    assertTrue(created.body().contains("your review is published"), created.body());
    WebSession.Page second =
        first.submit(
            staleForm, "review", Map.of("review:rating", "1", "review:body", "x"), "review:save");
    assertTrue(second.body().contains("You have already reviewed this course"), second.body());

    WebSession.Page edit = first.get(reviewPath);
    assertTrue(edit.html().getElementById("reviewTitle").text().startsWith("Edit your review"));
    assertEquals("4", edit.html().selectFirst("input[name='review:rating'][checked]").val());
    WebSession.Page edited =
        first.submit(
            edit,
            "review",
            Map.of("review:rating", "5", "review:body", "Clear <b>tides</b> lesson, updated"),
            "review:save");
    assertTrue(edited.body().contains("Your review is updated"), edited.body());

    WebSession other = newStudent("Second " + word);
    other.submit(enrol(other, slug), "player", Map.of(), "player:complete");
    WebSession.Page otherForm = other.get(reviewPath);
    other.submit(
        otherForm,
        "review",
        Map.of("review:rating", "2", "review:body", "Too short for me"),
        "review:save");

    WebSession anonymous = new WebSession(server.baseUrl());
    WebSession.Page page = anonymous.get("/course.xhtml?slug=" + slug);
    assertEquals("3.50", page.html().getElementById("ratingAverage").text(), page.body());
    assertEquals("2", page.html().getElementById("ratingCount").text());
    String distribution = page.html().getElementById("ratingDistribution").text();
    assertTrue(distribution.contains("5 stars 1") && distribution.contains("2 stars 1"));
    assertTrue(page.body().contains("Clear &lt;b&gt;tides&lt;/b&gt; lesson, updated"), "escaped");
    assertTrue(page.body().contains("Too short for me"));
    assertTrue(
        anonymous.setCookieHeaders().stream().noneMatch(h -> h.startsWith("JSESSIONID")),
        "the course page with its reviews creates no session");

    Element card =
        anonymous
            .get("/catalog.xhtml?q=" + word)
            .html()
            .selectFirst(".az-course:contains(" + word + ")");
    assertNotNull(card);
    assertEquals("3.50", card.selectFirst(".az-rating-value").text());
    assertEquals("2", card.selectFirst(".az-rating-count").text());
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select rating_count, rating_sum, enrolment_count,"
                    + " (select count(*) from course_review r where r.course_id = course.id)"
                    + " from course where slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(
            List.of(2, 7, 2, 2), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
      }
    }

    // The instructor replies from the course's reviews page.
    long courseId = courseId(slug);
    WebSession educator = demo(Accounts.EDUCATOR);
    WebSession.Page replies = educator.get("/teach/reviews.xhtml?course=" + courseId);
    assertEquals("2", replies.html().getElementById("ratingCount").text(), replies.body());
    Element row = replies.html().selectFirst(".az-review:contains(updated)");
    String textarea = row.selectFirst("textarea").attr("name");
    String button = row.selectFirst("button").id();
    WebSession.Page replied =
        educator.submit(replies, "replies", Map.of(textarea, "Thanks, more tides soon"), button);
    assertTrue(replied.body().contains("Reply saved"), replied.body());
    WebSession.Page withReply = anonymous.get("/course.xhtml?slug=" + slug);
    assertTrue(
        withReply
            .html()
            .selectFirst(".az-review:contains(updated) .az-reply")
            .text()
            .contains("Thanks, more tides soon"),
        withReply.body());
    assertTrue(
        first
            .get(reviewPath)
            .html()
            .getElementById("instructorReply")
            .text()
            .contains("tides soon"));

    // Another educator is not this course's instructor: no such page for them.
    WebSession stranger = newEducator("Stranger " + word);
    assertEquals(404, stranger.get("/teach/reviews.xhtml?course=" + courseId).status());
    // And a student cannot open the instructor page at all.
    assertEquals(403, other.get("/teach/reviews.xhtml?course=" + courseId).status());
  }

  @Test
  void ratingFacetAndSortsOrderTheCatalog() throws Exception {
    String word = Actors.word("ibis");
    WebSession educator = demo(Accounts.EDUCATOR);
    WebSession admin = demo(Accounts.ADMIN);
    String top = Courses.publish(educator, admin, "Top " + word, "0", "One");
    String mid = Courses.publish(educator, admin, "Mid " + word, "0", "One");
    String busy = Courses.publish(educator, admin, "Busy " + word, "0", "One");
    WebSession a = newStudent("Alpha " + word);
    WebSession b = newStudent("Beta " + word);
    WebSession c = newStudent("Gamma " + word);
    review(a, top, 5);
    review(a, mid, 3);
    review(b, mid, 2);
    for (WebSession s : List.of(a, b, c)) {
      enrol(s, busy);
    }

    WebSession anonymous = new WebSession(server.baseUrl());
    assertEquals(List.of("Top", "Mid", "Busy"), titles(anonymous, word, "&sort=RATING"));
    assertEquals(List.of("Busy", "Mid", "Top"), titles(anonymous, word, "&sort=POPULARITY"));
    assertEquals(List.of("Top"), titles(anonymous, word, "&rating=4&sort=RATING"));
    assertEquals(List.of("Top", "Mid"), titles(anonymous, word, "&rating=2&sort=RATING"));
    WebSession.Page form = anonymous.get("/catalog.xhtml?q=" + word + "&rating=4&sort=POPULARITY");
    assertEquals("4", form.html().selectFirst("#rating option[selected]").val());
    assertEquals("POPULARITY", form.html().selectFirst("#sort option[selected]").val());

    WebSession.Page api =
        anonymous.json("GET", "/api/courses?q=" + word + "&sort=RATING&minRating=2", null, null);
    assertEquals(200, api.status(), api.body());
    assertTrue(api.body().indexOf("Top " + word) < api.body().indexOf("Mid " + word), api.body());
    assertFalse(api.body().contains("Busy " + word), api.body());
    assertTrue(api.body().contains("\"ratingAverage\":2.5"), api.body());
    WebSession.Page bad = anonymous.json("GET", "/api/courses?minRating=9", null, null);
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("minRating"), bad.body());
  }

  @Test
  void markdownLessonsReachThePlayerSanitizedAndVideosEmbedFromTheAllowList() {
    String word = Actors.word("marten");
    String title = "Markup " + word;
    WebSession educator = demo(Accounts.EDUCATOR);
    WebSession.Page editor = Courses.draft(educator, title, "Computer Science", "0");
    String markdown =
        "Intro with **bold** text.\n\n<script>alert('xss')</script>\n\n"
            + "[bad link](javascript:alert(1)) and <img src=x onerror=alert(1)>";
    // The Preview button renders the text on the server through an ajax request.
    Map<String, String> ajax = new HashMap<>();
    ajax.put("lesson:content", markdown);
    ajax.put("jakarta.faces.source", "lesson:preview");
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.partial.execute", "lesson:preview lesson:content");
    ajax.put("jakarta.faces.partial.render", "lesson:previewPanel");
    WebSession.Page preview = educator.submit(editor, "lesson", ajax, "lesson:preview");
    Matcher update =
        Pattern.compile("(?s)<update id=\"lesson:previewPanel\"><!\\[CDATA\\[(.*?)]]>")
            .matcher(preview.body());
    assertTrue(update.find(), preview.body());
    Element previewed =
        Jsoup.parseBodyFragment(update.group(1)).getElementById("lesson:previewContent");
    assertNotNull(previewed, preview.body());
    assertNotNull(previewed.selectFirst("strong:contains(bold)"));
    assertTrue(previewed.select("script, img").isEmpty(), previewed.outerHtml());
    assertTrue(previewed.text().contains("<script>alert('xss')</script>"), previewed.text());

    Map<String, String> reading = new HashMap<>();
    reading.put("lesson:lessonTitle", "Unsafe text");
    reading.put("lesson:content", markdown);
    reading.put("lesson:duration_hinput", "5");
    editor = educator.submit(editor, "lesson", reading, "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());

    Map<String, String> video = new HashMap<>();
    video.put("lesson:lessonTitle", "Watch this");
    video.put("lesson:lessonType_input", "VIDEO");
    video.put("lesson:videoUrl", "https://www.youtube.com/watch?list=nothing");
    video.put("lesson:content", "The *transcript*.");
    video.put("lesson:duration_hinput", "5");
    WebSession.Page refused = educator.submit(editor, "lesson", video, "lesson:addLesson");
    Element message =
        refused.html().selectFirst(".az-field:has([id='lesson:videoUrl']) .ui-message-error");
    assertNotNull(message, "the message sits next to the field: " + refused.body());
    assertTrue(message.text().contains("This YouTube address names no video"), message.text());
    video.put("lesson:videoUrl", "https://youtu.be/dQw4w9WgXcQ");
    editor = educator.submit(refused, "lesson", video, "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());
    Courses.submit(educator, editor);
    Courses.decide(demo(Accounts.ADMIN), word, "approve", null);

    WebSession student = newStudent("Reader " + word);
    String slug = slugOf(title);
    WebSession.Page lesson = enrol(student, slug);
    Element content = lesson.html().getElementById("lessonContent");
    assertNotNull(content.selectFirst("strong:contains(bold)"), content.outerHtml());
    assertTrue(content.select("script, img, [onerror]").isEmpty(), content.outerHtml());
    assertTrue(content.text().contains("<script>alert('xss')</script>"), "shown as text");
    for (Element a : content.select("a[href]")) {
      assertTrue(a.attr("href").startsWith("http"), a.outerHtml());
    }
    WebSession.Page videoLesson =
        student.get(lesson.html().getElementById("player:next").attr("href"));
    Element player = videoLesson.html().getElementById("videoPlayer");
    assertNotNull(player, videoLesson.body());
    assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", player.attr("src"));
    assertNotNull(videoLesson.html().selectFirst("#lessonContent em:contains(transcript)"));
  }

  /** Enrols through the course page; returns the first lesson. */
  private WebSession.Page enrol(WebSession student, String slug) {
    WebSession.Page course = student.get("/course.xhtml?slug=" + slug);
    WebSession.Page enrol = student.get(course.html().getElementById("enrolLink").attr("href"));
    WebSession.Page lesson = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    assertNotNull(lesson.html().getElementById("lessonTitle"), lesson.body());
    return lesson;
  }

  private void review(WebSession student, String slug, int stars) {
    student.submit(enrol(student, slug), "player", Map.of(), "player:complete");
    WebSession.Page form = student.get("/learn/review.xhtml?course=" + slug);
    WebSession.Page done =
        student.submit(
            form, "review", Map.of("review:rating", String.valueOf(stars)), "review:save");
    assertTrue(done.body().contains("your review is published"), done.body());
  }

  private static List<String> titles(WebSession web, String word, String params) {
    WebSession.Page page = web.get("/catalog.xhtml?q=" + word + params);
    return page.html().select("#results .az-course h2").stream()
        .map(h -> h.text().replace(" " + word, ""))
        .toList();
  }

  private WebSession newEducator(String name) {
    String email = Accounts.registerAndVerify(server, name, true);
    WebSession admin = demo(Accounts.ADMIN);
    WebSession.Page queue = admin.get("/admin/role-requests.xhtml");
    Element row =
        queue.html().selectFirst("[id='requests:table'] tbody tr:contains(" + email + ")");
    assertNotNull(row, queue.body());
    admin.submit(queue, "requests", Map.of(), row.selectFirst("button[id$=':approve']").id());
    return Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
  }

  private long courseId(String slug) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement("select id from course where slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getLong(1);
      }
    }
  }

  private String slugOf(String title) {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement("select slug from course where title = ?")) {
      ps.setString(1, title);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
