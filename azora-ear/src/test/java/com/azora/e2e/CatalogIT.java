package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.util.List;
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
    return Accounts.signedIn(server, email, Accounts.DEMO_PASSWORD);
  }

  @Test
  void anonymousSearchesComeFromTheCacheUntilTheCatalogChanges() {
    String word = "quagga" + UUID.randomUUID().toString().substring(0, 6);
    WebSession educator = signedIn(Accounts.EDUCATOR);
    WebSession admin = signedIn(Accounts.ADMIN);
    Courses.publish(educator, admin, "Striped horses " + word, "0", "Stripes");
    WebSession anonymous = new WebSession(server.baseUrl());
    String path = "/api/courses?q=" + word;

    WebSession.Page first = anonymous.json("GET", path, null, null);
    assertEquals(200, first.status(), first.body());
    assertTrue(first.body().contains("\"total\":1"), first.body());
    WebSession.Page second = anonymous.json("GET", path, null, null);
    assertEquals(
        List.of("hit"), second.headers().get("x-azora-cache"), second.headers().toString());
    assertEquals(first.body(), second.body());
    // Security headers come with cached answers too.
    assertEquals(List.of("nosniff"), second.headers().get("x-content-type-options"));

    // Callers with a token are never served from the cache.
    String token = Api.token(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    WebSession.Page signedIn = anonymous.json("GET", path, null, token);
    assertEquals(200, signedIn.status());
    assertFalse(signedIn.headers().containsKey("x-azora-cache"), signedIn.headers().toString());

    // Publishing another matching course clears the cache at once.
    Courses.publish(educator, admin, "More striped horses " + word, "0", "Manes");
    WebSession.Page after = anonymous.json("GET", path, null, null);
    assertTrue(after.body().contains("\"total\":2"), after.body());
    assertFalse(after.headers().containsKey("x-azora-cache"));

    // Errors are not kept.
    for (int i = 0; i < 2; i++) {
      WebSession.Page bad = anonymous.json("GET", path + "&minRating=9", null, null);
      assertEquals(400, bad.status(), bad.body());
      assertFalse(bad.headers().containsKey("x-azora-cache"));
    }
  }

  @Test
  void draftReviewPublishSearchAndDetail() {
    String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Programming with " + word;
    WebSession educator = signedIn(Accounts.EDUCATOR);
    WebSession.Page editor =
        Courses.draft(educator, title, "Computer Science", "0", "What a variable is");

    WebSession anonymous = new WebSession(server.baseUrl());
    String search = "/catalog.xhtml?q=" + word.substring(0, 7);
    assertFalse(anonymous.get(search).body().contains(title), "drafts are not in the catalog");

    Courses.submit(educator, editor);
    WebSession.Page published = Courses.decide(signedIn(Accounts.ADMIN), word, "approve", null);
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
    Courses.submit(educator, Courses.draft(educator, title, "Data Science", "0", "Averages"));
    Courses.decide(signedIn(Accounts.ADMIN), word, "approve", null);

    WebSession anonymous = new WebSession(server.baseUrl());
    assertTrue(
        anonymous.get("/catalog.xhtml?q=Statistcs%20" + word).body().contains(title),
        "typo-tolerant title match");
    assertTrue(
        anonymous
            .get("/catalog.xhtml?q=" + word + "&category=Data%20Science&price=FREE")
            .body()
            .contains(title));
    assertFalse(anonymous.get("/catalog.xhtml?q=" + word + "&price=PAID").body().contains(title));
    assertFalse(
        anonymous.get("/catalog.xhtml?q=" + word + "&level=ADVANCED").body().contains(title));
    assertTrue(anonymous.get("/catalog.xhtml?q=" + word + "&language=en").body().contains(title));
    assertFalse(anonymous.get("/catalog.xhtml?q=" + word + "&language=pt").body().contains(title));
    assertTrue(anonymous.get("/api/courses?q=" + word + "&language=en").body().contains(title));
    assertFalse(anonymous.get("/api/courses?q=" + word + "&language=pt").body().contains(title));
    // A course nobody rated is left out by any rating facet, and every sort still lists it.
    assertFalse(anonymous.get("/catalog.xhtml?q=" + word + "&rating=1").body().contains(title));
    for (String sort : new String[] {"RELEVANCE", "NEWEST", "RATING", "POPULARITY", "TITLE"}) {
      WebSession.Page sorted = anonymous.get("/catalog.xhtml?q=" + word + "&sort=" + sort);
      assertTrue(sorted.body().contains(title), sort);
      org.jsoup.nodes.Element chosen = sorted.html().selectFirst("#sort option[selected]");
      assertEquals(sort, chosen == null ? "RELEVANCE" : chosen.val());
    }
  }

  @Test
  void rejectionNeedsAReasonAndReturnsTheDraft() {
    String word = "okapi" + UUID.randomUUID().toString().substring(0, 6);
    WebSession educator = signedIn(Accounts.EDUCATOR);
    Courses.submit(educator, Courses.draft(educator, "Biology " + word, "Science", "0", "Cells"));

    WebSession admin = signedIn(Accounts.ADMIN);
    WebSession.Page noReason = Courses.decide(admin, word, "reject", null);
    assertTrue(noReason.body().contains("Say what the authors should change"), noReason.body());
    WebSession.Page rejected = Courses.decide(admin, word, "reject", "Add exercises");
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
