package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Browser;
import com.azora.e2e.support.Quizzes;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Quizzes end to end: an educator writes a question bank and builds a quiz through the pages;
 * students take it (attempt limits, server deadline, stable shuffled order), pass it (lesson and
 * course completed once), and essays go through the grading queue (grade, regrade).
 */
@AzoraE2E
class QuizIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);

  @Test
  void educatorBuildsAQuizAndPassingItCompletesLessonAndCourseOnce() throws Exception {
    String word = Actors.word("owl");
    WebSession educator = actors.educator();
    Quizzes.Draft draft = Quizzes.draftWithQuiz(educator, "Night birds " + word);

    // The question bank: one of each auto-graded type, and one to delete.
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "SINGLE_CHOICE",
        "Which bird hunts at night?",
        "2",
        Quizzes.options("Wrong: robin", "Right: owl", "Wrong: swallow"));
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "TRUE_FALSE",
        "Owls can turn their heads far around.",
        "1",
        Map.of("question:trueIsCorrect_input", "true"));
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "SHORT_ANSWER",
        "Name the owl of Athena's city.",
        "1",
        Map.of("question:acceptedAnswers", "little owl\nAthene noctua"));
    WebSession.Page bank =
        Quizzes.addQuestion(
            educator,
            draft.courseId(),
            "SINGLE_CHOICE",
            "Temporary question " + word,
            "1",
            Quizzes.options("Right: yes", "Wrong: no"));

    // Bad input is refused next to its field.
    WebSession.Page refused =
        educator.submit(
            bank,
            "question",
            Map.of(
                "question:type_input", "SHORT_ANSWER",
                "question:prompt", "Pattern?",
                "question:points_hinput", "1",
                "question:pattern", "(unclosed"),
            "question:save");
    assertTrue(
        refused
            .html()
            .select("[id='question:pattern'] ~ *, .ui-message-error")
            .text()
            .contains("not a valid regular expression"),
        refused.body());

    // Edit the temporary question: the form comes back filled in, and saving changes it.
    WebSession.Page list = educator.get("/teach/questions.xhtml?course=" + draft.courseId());
    Element row = list.html().selectFirst("[id='bank:questions'] tbody tr:contains(" + word + ")");
    WebSession.Page editing =
        educator.submit(list, "bank", Map.of(), row.selectFirst("button[id$=':edit']").id());
    assertEquals(
        "Temporary question " + word,
        editing.html().getElementById("question:prompt").text(),
        editing.body());
    assertEquals("Right: yes", editing.html().getElementById("question:opts:0:optionText").val());
    assertTrue(
        editing.html().getElementById("question:opts:0:optionCorrect_input").hasAttr("checked"));
    WebSession.Page edited =
        educator.submit(
            editing,
            "question",
            // A browser sends "on" for a checked box without a value; WebSession sends "".
            Map.of(
                "question:prompt",
                "Edited temporary question " + word,
                "question:opts:0:optionCorrect_input",
                "on"),
            "question:save");
    assertTrue(edited.body().contains("Question saved"), edited.body());

    // Delete the unused temporary question.
    list = educator.get("/teach/questions.xhtml?course=" + draft.courseId());
    row = list.html().selectFirst("[id='bank:questions'] tbody tr:contains(Edited temporary)");
    WebSession.Page deleted =
        educator.submit(list, "bank", Map.of(), row.selectFirst("button[id$=':delete']").id());
    assertTrue(deleted.body().contains("Question deleted"), deleted.body());
    assertFalse(deleted.body().contains("Temporary question " + word), deleted.body());

    // Build the quiz: settings and all three questions; then move the last one up.
    WebSession.Page built =
        Quizzes.build(educator, draft.quizLessonId(), "60", "3", "", false, "AFTER_SUBMISSION");
    assertEquals(
        3, built.html().select("[id='picked:quizQuestions'] tbody tr").size(), built.body());
    WebSession.Page moved = educator.submit(built, "picked", Map.of(), "picked:quizQuestions:2:up");
    List<String> prompts =
        moved.html().select("[id='picked:quizQuestions'] tbody tr td:nth-child(2)").eachText();
    assertEquals(
        List.of(
            "Which bird hunts at night?",
            "Name the owl of Athena's city.",
            "Owls can turn their heads far around."),
        prompts);

    // A question in a quiz is in use: no delete button.
    WebSession.Page used = educator.get("/teach/questions.xhtml?course=" + draft.courseId());
    assertTrue(used.html().select("[id='bank:questions'] button[id$=':delete']").isEmpty());

    // A different educator (not an instructor) sees neither the bank nor the builder.
    WebSession stranger = otherEducator(word);
    assertEquals(404, stranger.get("/teach/questions.xhtml?course=" + draft.courseId()).status());
    assertEquals(404, stranger.get("/teach/quiz.xhtml?lesson=" + draft.quizLessonId()).status());

    String slug = Quizzes.publish(educator, actors.admin(), draft);
    String email = Accounts.registerAndVerify(server, "Owl Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    Quizzes.enrol(student, slug);
    assertEquals(403, student.get("/teach/grading.xhtml").status());
    assertEquals(403, student.get("/teach/questions.xhtml?course=" + draft.courseId()).status());

    // Read the reading lesson first, then pass the quiz (the last required lesson).
    WebSession.Page quizLesson = student.get("/learn/lesson.xhtml?id=" + draft.quizLessonId());
    assertTrue(
        quizLesson.html().getElementById("quizFacts").text().contains("pass with 60.00 %"),
        quizLesson.body());
    assertNull(quizLesson.html().getElementById("player:complete"), "a quiz completes by passing");
    String readingHref = quizLesson.html().getElementById("player:previous").attr("href");
    WebSession.Page reading = student.get(readingHref);
    student.submit(reading, "player", Map.of(), "player:complete");

    WebSession.Page take = Quizzes.start(student, draft.quizLessonId());
    long attemptId = Quizzes.attemptId(take);
    WebSession.Page result =
        student.submit(
            take, "take", Quizzes.answers(take, "True", " ATHENE NOCTUA "), "take:submit");
    assertTrue(result.body().contains("Quiz submitted"), result.body());
    assertEquals("Passed", result.html().getElementById("resultStatus").text(), result.body());
    assertTrue(
        result.html().getElementById("resultScore").text().contains("4.00 of 4.00 points"),
        result.body());
    String shown = result.html().text();
    assertTrue(shown.contains("Explanation: Because of Which bird"), shown);
    assertTrue(shown.contains("Correct answer: Right: owl"), shown);
    assertTrue(shown.contains("Your answer: ATHENE NOCTUA"), shown);

    WebSession.Page after = student.get("/learn/lesson.xhtml?id=" + draft.quizLessonId());
    assertEquals("Course complete.", after.html().getElementById("completionState").text());
    assertTrue(after.html().getElementById("quizPassed").text().contains("You passed"));

    // A second, passing attempt records nothing new.
    WebSession.Page again = Quizzes.start(student, draft.quizLessonId());
    student.submit(again, "take", Quizzes.answers(again, "True", "little owl"), "take:submit");
    assertEquals(
        Map.of(
            "ENROLMENT_CREATED", 1, "LESSON_COMPLETED", 2, "QUIZ_PASSED", 1, "COURSE_COMPLETED", 1),
        eventCounts(email));
    assertEquals(
        1,
        count(
            "select count(*) from learning_event where type = 'LESSON_COMPLETED' and lesson_id = ?",
            draft.quizLessonId()));

    // Grades list both attempts; another student gets 404 for this attempt.
    WebSession.Page grades = student.get("/learn/grades.xhtml");
    assertEquals(2, grades.html().select("[id='grades:table'] tbody tr").size(), grades.body());
    assertTrue(grades.body().contains("Checkpoint quiz (attempt 1)"), grades.body());
    WebSession other = actors.signedIn(Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(404, other.get("/learn/quiz.xhtml?attempt=" + attemptId).status());
  }

  @Test
  void attemptsAreLimitedTheDeadlineIsEnforcedAndTheOrderStaysPut() throws Exception {
    String word = Actors.word("wren");
    WebSession educator = actors.educator();
    Quizzes.Draft draft = Quizzes.draftWithQuiz(educator, "Small birds " + word);
    for (int i = 1; i <= 4; i++) {
      Quizzes.addQuestion(
          educator,
          draft.courseId(),
          "SINGLE_CHOICE",
          "Question " + i + " about wrens",
          "1",
          Quizzes.options("Wrong A" + i, "Wrong B" + i, "Right C" + i, "Wrong D" + i));
    }
    Quizzes.build(educator, draft.quizLessonId(), "75", "2", "1", true, "AFTER_LAST_ATTEMPT");
    String slug = Quizzes.publish(educator, actors.admin(), draft);
    String email = Accounts.registerAndVerify(server, "Wren Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    Quizzes.enrol(student, slug);

    // The shuffled order is fixed when the attempt starts: reloads and the API show the same.
    WebSession.Page take = Quizzes.start(student, draft.quizLessonId());
    long first = Quizzes.attemptId(take);
    Map<Long, List<String>> order = Quizzes.shownOrder(take);
    assertEquals(4, order.size(), take.body());
    assertEquals(order, Quizzes.shownOrder(student.get("/learn/quiz.xhtml?attempt=" + first)));
    assertNotNull(take.html().getElementById("timer"), "a timed quiz shows its countdown");
    String token = token(email);
    JsonObject viaApi = json(student.json("GET", path(draft, "/attempts/" + first), null, token));
    List<Long> apiOrder = new ArrayList<>();
    for (JsonObject q : viaApi.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      apiOrder.add(q.getJsonNumber("questionId").longValue());
      List<String> labels = new ArrayList<>();
      for (JsonObject o : q.getJsonArray("options").getValuesAs(JsonObject.class)) {
        labels.add(o.getString("text"));
        assertFalse(o.containsKey("correct"), "an open attempt hides the answers");
      }
      assertEquals(order.get(q.getJsonNumber("questionId").longValue()), labels);
    }
    assertEquals(List.copyOf(order.keySet()), apiOrder);

    // Time runs out on the server: answers that arrive later are not counted.
    execute(
        "update quiz_attempt set started_at = started_at - interval '10 minutes',"
            + " deadline = deadline - interval '10 minutes' where id = ?",
        first);
    WebSession.Page late =
        student.submit(take, "take", Quizzes.answers(take, null, null), "take:submit");
    assertTrue(late.body().contains("answers were not counted"), late.body());
    assertEquals("Not passed", late.html().getElementById("resultStatus").text(), late.body());
    assertTrue(late.html().getElementById("resultScore").text().contains("(0.00 %)"), late.body());
    assertFalse(
        late.body().contains("Correct answer:"), "answers are shown after the last attempt only");

    // The second (last) attempt, through the API, passes; the third is refused.
    WebSession.Page started = student.json("POST", path(draft, "/attempts"), null, token);
    assertEquals(201, started.status(), started.body());
    JsonObject second = json(started);
    long secondId = second.getJsonNumber("id").longValue();
    assertFalse(second.isNull("deadline"), started.body());
    WebSession.Page same = student.json("POST", path(draft, "/attempts"), null, token);
    assertEquals(secondId, json(same).getJsonNumber("id").longValue(), "one attempt in progress");
    WebSession.Page submitted =
        student.json(
            "POST", path(draft, "/attempts/" + secondId + "/submit"), rightAnswers(second), token);
    assertEquals(200, submitted.status(), submitted.body());
    JsonObject result = json(submitted);
    assertTrue(result.getBoolean("passed"), submitted.body());
    assertEquals("100.00", result.getJsonNumber("scorePercent").bigDecimalValue().toPlainString());
    assertTrue(result.getBoolean("correctAnswersShown"), "the last attempt reveals the answers");

    WebSession.Page third = student.json("POST", path(draft, "/attempts"), null, token);
    assertEquals(409, third.status(), third.body());
    assertTrue(third.headers().get("content-type").get(0).startsWith("application/problem+json"));
    assertTrue(third.body().contains("used all 2 attempts"), third.body());
    WebSession.Page lessonPage = student.get("/learn/lesson.xhtml?id=" + draft.quizLessonId());
    assertNull(lessonPage.html().getElementById("quiz:start"), lessonPage.body());
    assertNotNull(lessonPage.html().getElementById("quiz:noAttemptsLeft"), lessonPage.body());

    JsonArray mine = (JsonArray) read(student.json("GET", path(draft, "/attempts"), null, token));
    assertEquals(2, mine.size());
    assertTrue(mine.getJsonObject(0).getBoolean("late"));

    // The database backs the rules: no third attempt number, no two attempts in progress.
    long userId = count("select id from app_user where email = ?", email);
    assertThrows(
        SQLException.class,
        () ->
            execute(
                "insert into quiz_attempt (quiz_id, user_id, number, started_at, max_score,"
                    + " passing_percent) values (?, "
                    + userId
                    + ", 3, now(), 4, 75)",
                draft.quizLessonId()));
    assertThrows(
        SQLException.class,
        () ->
            execute(
                "update quiz_attempt set status = 'IN_PROGRESS', submitted_at = null,"
                    + " score = null, score_percent = null, passed = null where quiz_id = ?",
                draft.quizLessonId()));

    // Another student: 404 for the attempt through the API, even with the right quiz.
    String otherToken = token(Accounts.STUDENT, Accounts.DEMO_PASSWORD);
    assertEquals(
        404, student.json("GET", path(draft, "/attempts/" + secondId), null, otherToken).status());
    assertEquals(
        404,
        student
            .json("POST", path(draft, "/attempts/" + secondId + "/submit"), "{}", otherToken)
            .status());
  }

  @Test
  void essaysAreGradedInTheQueueAndRegradingRecomputesTheAttempt() throws Exception {
    String word = Actors.word("kite");
    WebSession educator = actors.educator();
    Quizzes.Draft draft = Quizzes.draftWithQuiz(educator, "Raptors " + word);
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "SINGLE_CHOICE",
        "Which is a raptor?",
        "2",
        Quizzes.options("Right: kite", "Wrong: duck"));
    Quizzes.addQuestion(
        educator, draft.courseId(), "ESSAY", "Describe how a kite hunts " + word, "8", Map.of());
    Quizzes.build(educator, draft.quizLessonId(), "50", "1", "", false, "AFTER_SUBMISSION");
    String slug = Quizzes.publish(educator, actors.admin(), draft);
    String email = Accounts.registerAndVerify(server, "Kite Learner " + word, false);
    WebSession student = actors.signedIn(email, Accounts.STRONG_PASSWORD);
    Quizzes.enrol(student, slug);

    WebSession.Page take = Quizzes.start(student, draft.quizLessonId());
    Map<String, String> answers = Quizzes.answers(take, null, "It hovers, then drops " + word);
    WebSession.Page pending = student.submit(take, "take", answers, "take:submit");
    assertTrue(
        pending.html().getElementById("resultStatus").text().startsWith("Awaiting review"),
        pending.body());
    assertEquals(0, eventCounts(email).getOrDefault("QUIZ_PASSED", 0));

    // The queue shows the essay; an educator who does not teach the course cannot grade it.
    WebSession.Page queue = educator.get("/teach/grading.xhtml");
    Element row = queue.html().selectFirst("[id='queue:table'] tbody tr:contains(" + word + ")");
    assertNotNull(row, queue.body());
    String gradeHref = row.selectFirst("a[id$=gradeLink]").attr("href");
    WebSession stranger = otherEducator(word);
    assertFalse(
        stranger
            .get("/teach/grading.xhtml")
            .html()
            .select("[id='queue:table']")
            .text()
            .contains(word));
    assertEquals(404, stranger.get(gradeHref).status());

    WebSession.Page form = educator.get(gradeHref);
    assertTrue(
        form.html().getElementById("grade:essayAnswer").text().contains("hovers"), form.body());
    WebSession.Page tooMany = grade(educator, form, "9", "Too generous");
    assertTrue(
        tooMany.html().text().contains("Award between 0 and 8 points"), tooMany.html().text());
    WebSession.Page graded = grade(educator, educator.get(gradeHref), "6", "Good observation");
    assertTrue(graded.body().contains("Grade saved"), graded.body());

    // 2 + 6 of 10 = 80 %: passed, lesson completed once, feedback on the grades page.
    WebSession.Page result = student.get("/learn/quiz.xhtml?attempt=" + Quizzes.attemptId(take));
    assertEquals("Passed", result.html().getElementById("resultStatus").text(), result.body());
    assertTrue(result.html().text().contains("Feedback: Good observation"), result.body());
    assertTrue(student.get("/learn/grades.xhtml").body().contains("Good observation"));
    assertEquals(1, (int) eventCounts(email).get("QUIZ_PASSED"));
    assertEquals(1, (int) eventCounts(email).get("LESSON_COMPLETED"));
    assertEquals(0, eventCounts(email).getOrDefault("COURSE_COMPLETED", 0), "reading not done");
    assertFalse(queue(educator).contains(word), "a graded essay leaves the waiting queue");
    assertTrue(
        educator
            .submit(
                educator.get("/teach/grading.xhtml"),
                "queue",
                Map.of("queue:includeGraded_input", "on"),
                "queue:filter")
            .html()
            .select("[id='queue:table']")
            .text()
            .contains(word),
        "graded answers can be listed to regrade");

    // Regrade below the mark: the attempt fails, the completed lesson stays completed.
    WebSession.Page regrade = grade(educator, educator.get(gradeHref), "0", "Off topic after all");
    assertTrue(regrade.body().contains("Grade saved"), regrade.body());
    WebSession.Page failed = student.get("/learn/quiz.xhtml?attempt=" + Quizzes.attemptId(take));
    assertEquals("Not passed", failed.html().getElementById("resultStatus").text());
    assertTrue(failed.html().getElementById("resultScore").text().contains("(20.00 %)"));
    WebSession.Page lesson = student.get("/learn/lesson.xhtml?id=" + draft.quizLessonId());
    assertEquals(
        "You completed this lesson.", lesson.html().getElementById("completionState").text());

    // Regrade over the mark again: passed again, still one event of each.
    grade(educator, educator.get(gradeHref), "8", "Complete answer");
    WebSession.Page passed = student.get("/learn/quiz.xhtml?attempt=" + Quizzes.attemptId(take));
    assertTrue(passed.html().getElementById("resultScore").text().contains("(100.00 %)"));
    assertEquals(1, (int) eventCounts(email).get("QUIZ_PASSED"));
    assertEquals(1, (int) eventCounts(email).get("LESSON_COMPLETED"));
  }

  @Test
  void aStudentTakesATimedQuizInTheBrowserAndTheTimerSubmitsIt(Browser browser) throws Exception {
    String word = Actors.word("swift");
    WebSession educator = actors.educator();
    Quizzes.Draft draft = Quizzes.draftWithQuiz(educator, "Fast birds " + word);
    Quizzes.addQuestion(
        educator,
        draft.courseId(),
        "SINGLE_CHOICE",
        "Which bird sleeps in flight?",
        "1",
        Quizzes.options("Wrong: hen", "Right: swift"));
    Quizzes.build(educator, draft.quizLessonId(), "100", "1", "5", false, "AFTER_SUBMISSION");
    String slug = Quizzes.publish(educator, actors.admin(), draft);
    String email = Accounts.registerAndVerify(server, "Swift Learner " + word, false);
    Quizzes.enrol(actors.signedIn(email, Accounts.STRONG_PASSWORD), slug);

    WebDriver d = browser.driver();
    browser.open("/login.xhtml");
    d.findElement(By.id("login:email")).sendKeys(email);
    d.findElement(By.id("login:password")).sendKeys(Accounts.STRONG_PASSWORD);
    d.findElement(By.id("login:submit")).click();
    waitFor(d, By.id("accountCard"));
    assertNotNull(d.findElement(By.id("navGrades")));

    browser.open("/learn/lesson.xhtml?id=" + draft.quizLessonId());
    waitFor(d, By.id("quizFacts"));
    assertTrue(d.findElement(By.id("quizFacts")).getText().contains("Time limit: 5 minutes"));
    d.findElement(By.id("quiz:start")).click();
    WebElement timer = waitFor(d, By.id("timer"));
    assertTrue(timer.getText().matches("[45]:\\d\\d"), timer.getText());
    String url = d.getCurrentUrl();
    long attemptId = Long.parseLong(url.substring(url.indexOf("attempt=") + 8));

    // Pick the answer, then let the deadline arrive: the page submits itself at zero.
    d.findElement(By.xpath("//label[text()='Right: swift']")).click();
    execute(
        "update quiz_attempt set deadline = now() + interval '4 seconds' where id = ?", attemptId);
    // Reloading keeps the server's deadline, so the countdown now shows seconds.
    browser.open("/learn/quiz.xhtml?attempt=" + attemptId);
    assertTrue(waitFor(d, By.id("timer")).getText().startsWith("0:0"));
    d.findElement(By.xpath("//label[text()='Right: swift']")).click();
    WebElement status =
        new WebDriverWait(d, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("resultStatus")));
    assertEquals("Passed", status.getText());
    assertTrue(d.findElement(By.id("resultScore")).getText().contains("100.00 %"));
    browser.screenshot(Browser.screenshotDir(), "QuizIT-timed-quiz-result");
  }

  private static WebElement waitFor(WebDriver d, By by) {
    return new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebSession.Page grade(
      WebSession educator, WebSession.Page form, String points, String feedback) {
    return educator.submit(
        form,
        "grade",
        Map.of(
            "grade:points_input", points,
            "grade:points_hinput", points,
            "grade:feedback", feedback),
        "grade:award");
  }

  private String queue(WebSession educator) {
    return educator.get("/teach/grading.xhtml").html().select("[id='queue:table']").text();
  }

  /** A verified account given the educator role directly (the approval flow has its own test). */
  private WebSession otherEducator(String word) {
    String email = Accounts.withRole(server, "Other Educator " + word, "EDUCATOR");
    return actors.signedIn(email, Accounts.STRONG_PASSWORD);
  }

  private static String path(Quizzes.Draft draft, String rest) {
    return "/api/quizzes/" + draft.quizLessonId() + rest;
  }

  /** The answers that pick every "Right…" option of an attempt from the API. */
  private static String rightAnswers(JsonObject attempt) {
    var answers = Json.createArrayBuilder();
    for (JsonObject q : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      var selected = Json.createArrayBuilder();
      for (JsonObject o : q.getJsonArray("options").getValuesAs(JsonObject.class)) {
        if (o.getString("text").startsWith("Right")) {
          selected.add(o.getInt("index"));
        }
      }
      answers.add(
          Json.createObjectBuilder()
              .add("questionId", q.getJsonNumber("questionId").longValue())
              .add("selected", selected));
    }
    return Json.createObjectBuilder().add("answers", answers).build().toString();
  }

  private String token(String email) {
    return token(email, Accounts.STRONG_PASSWORD);
  }

  private String token(String email, String password) {
    return com.azora.e2e.support.Api.token(server, email, password);
  }

  private static JsonObject json(WebSession.Page p) {
    return (JsonObject) read(p);
  }

  private static jakarta.json.JsonStructure read(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).read();
  }

  private Map<String, Integer> eventCounts(String email) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select e.type, count(*) from learning_event e join app_user u on u.id = e.user_id"
                    + " where u.email = ? group by e.type")) {
      ps.setString(1, email);
      Map<String, Integer> counts = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
      return counts;
    }
  }

  private long count(String sql, Object param) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), sql);
        return rs.getLong(1);
      }
    }
  }

  private void execute(String sql, Object param) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      ps.executeUpdate();
    }
  }
}
