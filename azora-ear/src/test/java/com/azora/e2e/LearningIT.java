package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Enrol in a free course, work through its lessons, and complete it exactly once. */
@AzoraE2E
class LearningIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  private WebSession signedIn(String email, String password) {
    return Accounts.signedIn(server, email, password);
  }

  @Test
  void enrolCompleteLessonsAndFinishTheCourseOnce() throws Exception {
    String word = "heron" + UUID.randomUUID().toString().substring(0, 6);
    String slug =
        Courses.publish(
            signedIn(Accounts.EDUCATOR, Accounts.DEMO_PASSWORD),
            signedIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD),
            "Birds " + word,
            "0",
            "Feathers",
            "Flight");
    String email = Accounts.registerAndVerify(server, "Learner " + word, false);
    WebSession student = signedIn(email, Accounts.STRONG_PASSWORD);

    WebSession.Page course = student.get("/course.xhtml?slug=" + slug);
    String enrolHref = course.html().getElementById("enrolLink").attr("href");
    WebSession.Page enrol = student.get(enrolHref);
    WebSession.Page first = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    assertEquals("Feathers", first.html().getElementById("lessonTitle").text(), first.body());

    // Enrolling again is harmless and lands on the next lesson to do.
    WebSession.Page again =
        student.submit(student.get(enrolHref), "enrol", Map.of(), "enrol:confirm");
    assertEquals("Feathers", again.html().getElementById("lessonTitle").text());

    WebSession.Page done = student.submit(first, "player", Map.of(), "player:complete");
    assertTrue(done.body().contains("Lesson marked complete"), done.body());
    String next = done.html().getElementById("player:next").attr("href");
    WebSession.Page second = student.get(next);
    assertEquals("Flight", second.html().getElementById("lessonTitle").text());
    WebSession.Page finished = student.submit(second, "player", Map.of(), "player:complete");
    assertEquals("Course complete.", finished.html().getElementById("completionState").text());
    assertNull(finished.html().getElementById("player:complete"), "no button for a done lesson");

    WebSession.Page mine = student.get("/learn/courses.xhtml");
    assertTrue(
        mine.body().contains("Birds " + word) && mine.body().contains("COMPLETED"), mine.body());

    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select e.type, count(*) from learning_event e join app_user u on u.id = e.user_id"
                    + " where u.email = ? group by e.type")) {
      ps.setString(1, email);
      Map<String, Integer> counts = new java.util.HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
      assertEquals(
          Map.of("ENROLMENT_CREATED", 1, "LESSON_COMPLETED", 2, "COURSE_COMPLETED", 1), counts);
    }

    // Another student is not enrolled: the lesson is not found for them.
    WebSession other = signedIn(Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(404, other.get(next).status());
  }

  @Test
  void paidCoursesHaveNoEnrolButtonAndCannotBeEnrolledDirectly() {
    String word = "lynx" + UUID.randomUUID().toString().substring(0, 6);
    String slug =
        Courses.publish(
            signedIn(Accounts.EDUCATOR, Accounts.DEMO_PASSWORD),
            signedIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD),
            "Cats " + word,
            "49",
            "Whiskers");
    WebSession student = signedIn(Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    WebSession.Page page = student.get("/course.xhtml?slug=" + slug);
    assertTrue(page.html().getElementById("courseFacts").text().contains("49.00 USD"), page.body());
    assertNull(page.html().getElementById("enrolLink"));
    WebSession.Page enrol = student.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page refused = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    assertTrue(refused.body().contains("This course is paid"), refused.body());
    assertFalse(student.get("/learn/courses.xhtml").body().contains("Cats " + word));
  }
}
