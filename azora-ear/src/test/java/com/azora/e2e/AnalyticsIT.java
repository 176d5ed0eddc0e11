package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Course analytics for its instructors: counts, completion rate, drop-off, charts. */
@AzoraE2E
class AnalyticsIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void instructorSeesEnrolmentsCompletionAndDropOffOthersDoNot() throws Exception {
    String word = "gannet" + UUID.randomUUID().toString().substring(0, 6);
    WebSession educator = Accounts.signedIn(server, Accounts.EDUCATOR, Accounts.DEMO_PASSWORD);
    String slug =
        Courses.publish(
            educator,
            Accounts.signedIn(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD),
            "Seabirds " + word,
            "0",
            "Diving",
            "Nesting");
    // One learner finishes both lessons, one stops after the first, one only enrols.
    learner(word, slug, 2);
    learner(word, slug, 1);
    learner(word, slug, 0);
    long id = courseId(slug);

    WebSession.Page list = educator.get("/teach/courses.xhtml");
    Element link = list.html().selectFirst("a[href*=analytics][href$=id=" + id + "]");
    assertTrue(link != null, list.body());
    WebSession.Page page = educator.get(link.attr("href"));
    assertEquals("3", page.html().getElementById("enrolled").text(), page.body());
    assertEquals("1", page.html().getElementById("completed").text());
    assertEquals("33.33 %", page.html().getElementById("completionRate").text());
    List<String> rows =
        page.html().select("[id='reach'] tbody tr").stream().map(Element::text).toList();
    assertEquals(
        List.of("Getting started Diving 2 66.67 % —", "Getting started Nesting 1 33.33 % —"), rows);
    assertEquals("no graded attempts yet", page.html().getElementById("averageQuizScore").text());
    // Both charts get Chart.js configurations with the data.
    assertTrue(page.body().contains("Learners who completed it"), page.body());
    assertTrue(page.body().contains("All enrolments"), page.body());

    String other = Accounts.withRole(server, "Other Teacher " + word, "EDUCATOR");
    WebSession stranger = Accounts.signedIn(server, other, Accounts.STRONG_PASSWORD);
    assertEquals(404, stranger.get("/teach/analytics.xhtml?id=" + id).status());
    WebSession student = Accounts.signedIn(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(403, student.get("/teach/analytics.xhtml?id=" + id).status());
  }

  private void learner(String word, String slug, int lessonsToComplete) {
    String email = Accounts.registerAndVerify(server, "Watcher " + word, false);
    WebSession web = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    String enrolHref =
        web.get("/course.xhtml?slug=" + slug).html().getElementById("enrolLink").attr("href");
    WebSession.Page lesson = web.submit(web.get(enrolHref), "enrol", Map.of(), "enrol:confirm");
    for (int i = 0; i < lessonsToComplete; i++) {
      WebSession.Page done = web.submit(lesson, "player", Map.of(), "player:complete");
      Element next = done.html().getElementById("player:next");
      if (next != null) {
        lesson = web.get(next.attr("href"));
      }
    }
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
}
