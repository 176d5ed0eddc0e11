package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Builds quizzes through the real educator pages (course editor, question bank, quiz builder) and
 * takes them through the student pages, without JavaScript. Correct options are the ones whose text
 * starts with "Right".
 */
public final class Quizzes {

  private Quizzes() {}

  /** A draft course with a reading lesson and a quiz lesson. */
  public record Draft(long courseId, long quizLessonId, String title) {}

  /** Drafts a course with a required reading lesson and a required quiz lesson. */
  public static Draft draftWithQuiz(WebSession educator, String title) {
    WebSession.Page editor =
        Courses.draft(educator, title, "Computer Science", "0", "Warm-up reading");
    editor =
        educator.submit(
            editor,
            "lesson",
            Map.of(
                "lesson:lessonTitle", "Checkpoint quiz",
                "lesson:lessonType_input", "QUIZ",
                "lesson:content", "A short check of what you read.",
                "lesson:duration_hinput", "10",
                "lesson:required_input", "on"),
            "lesson:addLesson");
    assertTrue(editor.body().contains("Lesson added"), editor.body());
    Element builder = editor.html().selectFirst("a[id$=quizBuilder]");
    assertNotNull(builder, "the course editor links the quiz builder:\n" + editor.body());
    Element bank = editor.html().getElementById("questionBank");
    assertNotNull(bank, editor.body());
    return new Draft(
        param(bank.attr("href"), "course"), param(builder.attr("href"), "lesson"), title);
  }

  /** Adds a question on the bank page; {@code extra} holds option rows and answers. */
  public static WebSession.Page addQuestion(
      WebSession educator,
      long courseId,
      String type,
      String prompt,
      String points,
      Map<String, String> extra) {
    WebSession.Page bank = educator.get("/teach/questions.xhtml?course=" + courseId);
    assertEquals(200, bank.status(), bank.body());
    Map<String, String> v = new HashMap<>(extra);
    v.put("question:type_input", type);
    v.put("question:prompt", prompt);
    v.put("question:points_input", points);
    v.put("question:points_hinput", points);
    v.put("question:explanation", "Because of " + prompt);
    WebSession.Page saved = educator.submit(bank, "question", v, "question:save");
    assertTrue(saved.body().contains("Question added"), saved.body());
    return saved;
  }

  /** Option rows for a choice question: texts, correct when they start with "Right". */
  public static Map<String, String> options(String... texts) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < texts.length; i++) {
      v.put("question:opts:" + i + ":optionText", texts[i]);
      if (texts[i].startsWith("Right")) {
        v.put("question:opts:" + i + ":optionCorrect_input", "on");
      }
    }
    return v;
  }

  /** Saves quiz settings on the builder page and adds every question of the bank, in order. */
  public static WebSession.Page build(
      WebSession educator,
      long lessonId,
      String passing,
      String attempts,
      String minutes,
      boolean shuffle,
      String showAnswers) {
    WebSession.Page page = educator.get("/teach/quiz.xhtml?lesson=" + lessonId);
    assertEquals(200, page.status(), page.body());
    Map<String, String> s = new HashMap<>();
    s.put("settings:passingPercent_input", passing);
    s.put("settings:passingPercent_hinput", passing);
    s.put("settings:attemptsAllowed_input", attempts);
    s.put("settings:attemptsAllowed_hinput", attempts);
    s.put("settings:timeLimit_input", minutes);
    s.put("settings:timeLimit_hinput", minutes);
    s.put("settings:showAnswers_input", showAnswers);
    if (shuffle) {
      s.put("settings:shuffleQuestions_input", "on");
      s.put("settings:shuffleOptions_input", "on");
    }
    page = educator.submit(page, "settings", s, "settings:save");
    assertTrue(page.body().contains("Quiz settings saved"), page.body());
    while (true) {
      Element add = page.html().selectFirst("[id='bank:available'] button[id$=':add']");
      if (add == null) {
        return page;
      }
      page = educator.submit(page, "bank", Map.of(), add.id());
      assertTrue(page.body().contains("Question added to the quiz"), page.body());
    }
  }

  /** Submits the course, has the admin publish it, and returns its slug. */
  public static String publish(WebSession educator, WebSession admin, Draft draft) {
    Courses.submit(educator, educator.get("/teach/course.xhtml?id=" + draft.courseId()));
    WebSession.Page published = Courses.decide(admin, draft.title(), "approve", null);
    assertTrue(published.body().contains("Course published"), published.body());
    return slug(draft.courseId());
  }

  /** Enrols through the enrol page. */
  public static void enrol(WebSession student, String slug) {
    WebSession.Page enrol = student.get("/learn/enrol.xhtml?slug=" + slug);
    WebSession.Page first = student.submit(enrol, "enrol", Map.of(), "enrol:confirm");
    assertEquals(200, first.status(), first.body());
  }

  /** Presses "Start attempt" on the quiz lesson; returns the quiz page. */
  public static WebSession.Page start(WebSession student, long quizLessonId) {
    WebSession.Page lesson = student.get("/learn/lesson.xhtml?id=" + quizLessonId);
    assertNotNull(lesson.html().getElementById("quiz:start"), lesson.body());
    WebSession.Page quiz = student.submit(lesson, "quiz", Map.of(), "quiz:start");
    assertTrue(quiz.url().contains("/learn/quiz.xhtml?attempt="), quiz.url() + "\n" + quiz.body());
    return quiz;
  }

  public static long attemptId(WebSession.Page quizPage) {
    return param(quizPage.url(), "attempt");
  }

  /** The question ids of an open attempt page, in the order shown, each with its option labels. */
  public static Map<Long, List<String>> shownOrder(WebSession.Page quizPage) {
    Map<Long, List<String>> order = new LinkedHashMap<>();
    for (Element q : quizPage.html().select("[id='take'] div.az-question")) {
      long id = Long.parseLong(q.id().substring("question-".length()));
      order.put(id, q.select("label").eachText());
    }
    return order;
  }

  /**
   * The form values that answer an open attempt page: the "Right…" or {@code trueFalse} option of
   * choice questions, {@code text} in text fields.
   */
  public static Map<String, String> answers(
      WebSession.Page quizPage, String trueFalse, String text) {
    Map<String, String> v = new HashMap<>();
    List<Element> questions = quizPage.html().select("[id='take'] div.az-question");
    for (int i = 0; i < questions.size(); i++) {
      Element q = questions.get(i);
      for (Element radio : q.select("input[type=radio]")) {
        Element label = q.selectFirst("label[for='" + radio.id() + "']");
        String t = label == null ? "" : label.text();
        if (t.startsWith("Right") || t.equals(trueFalse)) {
          v.put(radio.attr("name"), radio.attr("value"));
        }
      }
      for (Element box : q.select("input[type=checkbox]")) {
        Element label = q.selectFirst("label[for='" + box.id() + "']");
        if (label != null && label.text().startsWith("Right")) {
          v.put(box.attr("name"), box.attr("value"));
        }
      }
      Element field = q.selectFirst("input[type=text], textarea");
      if (field != null) {
        v.put(field.attr("name"), text);
      }
    }
    return v;
  }

  public static String slug(long courseId) {
    try (Connection c = AzoraTestServer.get().connection();
        PreparedStatement ps = c.prepareStatement("select slug from course where id = ?")) {
      ps.setLong(1, courseId);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  static long param(String url, String name) {
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Long.parseLong(pair.substring(name.length() + 1));
      }
    }
    throw new AssertionError("No " + name + " in " + url);
  }
}
