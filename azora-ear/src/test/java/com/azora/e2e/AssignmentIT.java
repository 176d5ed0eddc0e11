package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Assignments end to end through the pages: an educator sets one up with a rubric, a student hands
 * in text and a PDF (wrong types and oversized files are refused), the educator grades it from the
 * queue, which completes the lesson once and mails the student; nobody else sees the file.
 */
@AzoraE2E
class AssignmentIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void setUpSubmitGradeAndCompleteAnAssignment() throws Exception {
    String word = "otter" + UUID.randomUUID().toString().substring(0, 6);
    String title = "Rivers " + word;
    WebSession educator = Accounts.signedIn(server, Accounts.EDUCATOR, Accounts.DEMO_PASSWORD);
    WebSession admin = Accounts.signedIn(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);

    // The educator adds an assignment lesson and sets it up with a two-line rubric.
    WebSession.Page editor = Courses.draft(educator, title, "Computer Science", "0", "Warm-up");
    editor =
        educator.submit(
            editor,
            "lesson",
            Map.of(
                "lesson:lessonTitle", "Map a river " + word,
                "lesson:lessonType_input", "ASSIGNMENT",
                "lesson:content", "Draw the river.",
                "lesson:duration_hinput", "30",
                "lesson:required_input", "on"),
            "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());
    Element settingsLink = editor.html().selectFirst("a[id$=assignmentSettings]");
    assertNotNull(settingsLink, editor.body());
    String settingsPath = settingsLink.attr("href");
    long lessonId = Long.parseLong(settingsPath.substring(settingsPath.indexOf("lesson=") + 7));
    WebSession.Page settings = educator.get(settingsPath);
    assertTrue(settings.body().contains("Students cannot hand in work"), settings.body());
    settings = educator.submit(settings, "settings", Map.of(), "settings:addCriterion");
    Map<String, String> values = new HashMap<>();
    values.put("settings:instructions", "Draw the river *" + word + "* and explain its delta.");
    values.put("settings:kind_input", "TEXT_AND_FILE");
    values.put("settings:criteria:0:title", "Accuracy");
    values.put("settings:criteria:0:points", "6");
    values.put("settings:criteria:1:title", "Explanation");
    values.put("settings:criteria:1:points", "4");
    values.put("settings:passing", "11");
    values.put("settings:due_input", "2020-01-01 09:00");
    WebSession.Page refused = educator.submit(settings, "settings", values, "settings:save");
    assertTrue(
        messageFor(refused, "settings:passing").contains("between 0 and the rubric's total of 10"),
        refused.body());
    values.put("settings:passing", "6");
    settings = educator.submit(refused, "settings", values, "settings:save");
    assertTrue(settings.body().contains("Assignment settings saved"), settings.body());
    assertEquals("10.00", settings.html().getElementById("maxPoints").text());

    // Published through review.
    Courses.submit(
        educator, educator.get(settings.html().getElementById("backToCourse").attr("href")));
    WebSession.Page published = Courses.decide(admin, title, "approve", null);
    assertTrue(published.body().contains("Course published"), published.body());
    String slug = Courses.slugOf(educator, title);

    // A student enrols and opens the assignment.
    String email = Accounts.registerAndVerify(server, "Student " + word, false);
    WebSession student = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    WebSession.Page enrol =
        student.get(
            student
                .get("/course.xhtml?slug=" + slug)
                .html()
                .getElementById("enrolLink")
                .attr("href"));
    student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    String lessonPath = "/learn/lesson.xhtml?id=" + lessonId;
    WebSession.Page lesson = student.get(lessonPath);
    assertTrue(
        lesson.html().getElementById("lessonContent").select("em").text().equals(word),
        "instructions rendered from Markdown: " + lesson.html().getElementById("lessonContent"));
    assertTrue(lesson.html().getElementById("rubricLines").text().contains("Accuracy"));
    assertEquals(null, lesson.html().getElementById("player:complete"), "graded, not ticked");

    // A PNG named .pdf and a file over the limit are refused next to the field; the text stays.
    String answer = "The delta of " + word + " fans out into three arms.";
    Map<String, String> text = Map.of("assignment:text", answer);
    WebSession.Page wrongType =
        student.submitWithFile(
            lesson,
            "assignment",
            text,
            "assignment:file_input",
            "river.pdf",
            "application/pdf",
            PNG,
            "assignment:handIn");
    assertTrue(messageFor(wrongType, "assignment:file").contains("not accepted"), wrongType.body());
    assertEquals(answer, wrongType.html().getElementById("assignment:text").text());
    byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    WebSession.Page tooLarge =
        student.submitWithFile(
            wrongType,
            "assignment",
            text,
            "assignment:file_input",
            "river.pdf",
            "application/pdf",
            huge,
            "assignment:handIn");
    assertTrue(messageFor(tooLarge, "assignment:file").contains("too large"), tooLarge.body());
    assertEquals(answer, tooLarge.html().getElementById("assignment:text").text());

    // A valid hand-in, then a resubmission that replaces it before grading.
    WebSession.Page handedIn =
        student.submitWithFile(
            tooLarge,
            "assignment",
            Map.of("assignment:text", "First draft"),
            "assignment:file_input",
            "river.pdf",
            "application/pdf",
            PDF,
            "assignment:handIn");
    assertTrue(handedIn.body().contains("Submitted; it waits for grading"), handedIn.body());
    handedIn =
        student.submitWithFile(
            handedIn,
            "assignment",
            text,
            "assignment:file_input",
            "river map.pdf",
            "application/pdf",
            PDF,
            "assignment:handIn");
    assertTrue(handedIn.body().contains("Submission replaced"), handedIn.body());
    Element history = handedIn.html().getElementById("history");
    assertEquals(1, history.select("tbody tr").size(), history.outerHtml());
    assertTrue(history.text().contains("Waiting for grading") && history.text().contains("late"));
    String filePath = history.selectFirst("a[href*=submission-file]").attr("href");
    long submissionId = Long.parseLong(filePath.substring(filePath.lastIndexOf('/') + 1));

    // The student downloads their file as stored; another student gets 404.
    WebSession.Page download = student.get(filePath);
    assertEquals(200, download.status());
    assertEquals("application/pdf", download.headers().get("content-type").get(0));
    String disposition = download.headers().get("content-disposition").get(0);
    assertTrue(disposition.startsWith("attachment; filename=\"river map.pdf\""), disposition);
    assertTrue(download.body().startsWith("%PDF-"));
    WebSession other = Accounts.signedIn(server, Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(404, other.get(filePath).status());

    // An educator who does not teach the course neither sees nor grades it.
    WebSession stranger = otherEducator(admin, word);
    WebSession.Page strangerQueue = stranger.get("/teach/submissions.xhtml");
    assertFalse(
        strangerQueue.html().getElementById("queue:table").text().contains(title),
        strangerQueue.body());
    assertEquals(404, stranger.get("/teach/grade.xhtml?submission=" + submissionId).status());
    assertEquals(404, stranger.get(filePath).status());

    // The course's educator finds it in the queue and grades it.
    WebSession.Page queue = educator.get("/teach/submissions.xhtml");
    Element row = queue.html().selectFirst("[id='queue:table'] tbody tr:contains(" + word + ")");
    assertNotNull(row, queue.body());
    assertTrue(row.text().contains("Student " + word), row.text());
    WebSession.Page sheet = educator.get(row.selectFirst("a[id$=open]").attr("href"));
    assertEquals(answer, sheet.html().getElementById("answer").text());
    assertEquals(200, educator.get(filePath).status(), "instructors download the file");
    WebSession.Page overMax =
        educator.submit(
            sheet,
            "grade",
            Map.of("grade:criteria:0:points", "7", "grade:criteria:1:points", "3"),
            "grade:save");
    assertTrue(messageFor(overMax, "grade:rubric").contains("between 0 and 6"), overMax.body());
    WebSession.Page graded =
        educator.submit(
            overMax,
            "grade",
            Map.of(
                "grade:criteria:0:points", "5",
                "grade:criteria:1:points", "3.5",
                "grade:feedback", "Clear map; name the tributaries."),
            "grade:save");
    assertTrue(graded.body().contains("Graded: passed"), graded.body());
    assertEquals(
        "Graded: 8.50 of 10.00 points, passed", graded.html().getElementById("gradeState").text());
    String mail = server.awaitMail(email, "Your assignment was graded");
    assertTrue(mail.contains("8.5 of 10 points, passed") && mail.contains("tributaries"), mail);
    assertFalse(
        educator
            .get("/teach/submissions.xhtml")
            .html()
            .getElementById("queue:table")
            .text()
            .contains(title),
        "left the queue");

    // Regrading recomputes; the lesson stays completed once.
    WebSession.Page regraded =
        educator.submit(
            graded,
            "grade",
            Map.of("grade:criteria:0:points", "6", "grade:criteria:1:points", "4"),
            "grade:save");
    assertEquals(
        "Graded: 10.00 of 10.00 points, passed",
        regraded.html().getElementById("gradeState").text());
    assertEquals(
        1,
        count(
            email,
            "select count(*) from learning_event e join app_user u"
                + " on u.id = e.user_id where u.email = ? and e.type = 'LESSON_COMPLETED' and e.lesson_id = "
                + lessonId));
    assertEquals(
        2,
        count(
            email,
            "select count(*) from security_event e join app_user u"
                + " on u.id = e.user_id where u.email = ? and e.type = 'ASSIGNMENT_GRADED'"));

    // The student sees grade and feedback; new work after grading is a new attempt in the queue.
    WebSession.Page mine = student.get("/learn/assignments.xhtml");
    String table = mine.html().getElementById("mine:table").text();
    assertTrue(table.contains("Passed") && table.contains("10.00 / 10.00"), table);
    assertTrue(student.get(lessonPath).html().getElementById("lessonTitle") != null);
    WebSession.Page again =
        student.submitWithFile(
            student.get(lessonPath),
            "assignment",
            Map.of("assignment:text", "Second try"),
            "assignment:file_input",
            "river.pdf",
            "application/pdf",
            PDF,
            "assignment:handIn");
    assertTrue(again.body().contains("Submitted; it waits for grading"), again.body());
    assertEquals(2, again.html().getElementById("history").select("tbody tr").size());
    Element next =
        educator
            .get("/teach/submissions.xhtml")
            .html()
            .selectFirst("[id='queue:table'] tbody tr:contains(" + word + ")");
    assertNotNull(next);
    assertTrue(next.text().contains("attempt 2"), next.text());
  }

  /** A second educator, approved by the admin, who teaches none of this test's courses. */
  private WebSession otherEducator(WebSession admin, String word) {
    String email = Accounts.registerAndVerify(server, "Teacher " + word, true);
    WebSession.Page requests = admin.get("/admin/role-requests.xhtml");
    Element row =
        requests.html().selectFirst("[id='requests:table'] tbody tr:contains(" + email + ")");
    assertNotNull(row, requests.body());
    String approve = row.selectFirst("button[id$=':approve']").id();
    admin.submit(requests, "requests", Map.of(), approve);
    WebSession teacher = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    assertEquals(200, teacher.get("/teach/submissions.xhtml").status(), "an educator now");
    return teacher;
  }

  /** The error shown next to a field: the nearest message around the element with that id. */
  private static String messageFor(WebSession.Page page, String clientId) {
    Element el = page.html().getElementById(clientId);
    if (el == null) {
      el = page.html().selectFirst("[id^='" + clientId + "']");
    }
    assertNotNull(el, "no " + clientId + " on " + page.url());
    for (Element p = el; p != null && !p.tagName().equals("form"); p = p.parent()) {
      Element m = p.selectFirst(".ui-message-error");
      if (m != null) {
        return m.text();
      }
    }
    return "";
  }

  private int count(String email, String sql) throws Exception {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
