package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Builds courses through the real pages: an educator drafts, an admin decides. */
public final class Courses {

  private Courses() {}

  /** Drafts a course with one module and the given lessons; returns the editor page. */
  public static WebSession.Page draft(
      WebSession educator, String title, String category, String price, String... lessons) {
    WebSession.Page list = educator.get("/teach/courses.xhtml");
    Map<String, String> details = new HashMap<>();
    details.put("newCourse:title", title);
    details.put("newCourse:summary", "Hands-on introduction for curious beginners.");
    details.put("newCourse:description", "Week by week, with exercises.");
    details.put("newCourse:category", category);
    details.put("newCourse:language", "en");
    details.put("newCourse:currency", "USD");
    details.put("newCourse:price_hinput", price);
    WebSession.Page editor = educator.submit(list, "newCourse", details, "newCourse:create");
    assertTrue(
        editor.url().contains("/teach/course.xhtml?id="), editor.url() + "\n" + editor.body());
    editor =
        educator.submit(
            editor, "module", Map.of("module:moduleTitle", "Getting started"), "module:addModule");
    assertTrue(editor.body().contains("Module added"), editor.body());
    for (String lesson : lessons) {
      editor =
          educator.submit(
              editor,
              "lesson",
              Map.of(
                  "lesson:lessonTitle",
                  lesson,
                  "lesson:content",
                  "Text of " + lesson,
                  "lesson:duration_hinput",
                  "12",
                  "lesson:required_input",
                  "on"),
              "lesson:addLesson");
      assertTrue(editor.body().contains("Lesson added"), editor.body());
    }
    return editor;
  }

  public static void submit(WebSession educator, WebSession.Page editor) {
    WebSession.Page submitted =
        educator.submit(editor, "submitForm", Map.of(), "submitForm:submit");
    assertTrue(submitted.body().contains("IN_REVIEW"), submitted.body());
  }

  /** Presses an admin review button ("approve" or "reject") on the row of the course. */
  public static WebSession.Page decide(
      WebSession admin, String titleWord, String button, String note) {
    WebSession.Page queue = admin.get("/admin/course-reviews.xhtml");
    Element row =
        queue.html().selectFirst("[id='reviews:table'] tbody tr:contains(" + titleWord + ")");
    assertNotNull(row, queue.body());
    String id = row.selectFirst("button[id$=':" + button + "']").id();
    return admin.submit(
        queue, "reviews", note == null ? Map.of() : Map.of("reviews:reason", note), id);
  }

  /** Drafts, submits and publishes a course; returns its slug. */
  public static String publish(
      WebSession educator, WebSession admin, String title, String price, String... lessons) {
    WebSession.Page editor = draft(educator, title, "Computer Science", price, lessons);
    submit(educator, editor);
    WebSession.Page published = decide(admin, title, "approve", null);
    assertTrue(published.body().contains("Course published"), published.body());
    return slugOf(educator, title);
  }

  /** The slug of one of the educator's courses, from their course list. */
  public static String slugOf(WebSession educator, String title) {
    WebSession.Page mine = educator.get("/teach/courses.xhtml");
    Element link = null;
    for (Element row : mine.html().select("[id='courses'] tbody tr")) {
      if (row.text().contains(title)) {
        link = row.selectFirst("a[href*=slug=]");
      }
    }
    assertNotNull(link, mine.body());
    String href = link.attr("href");
    return href.substring(href.indexOf("slug=") + 5);
  }
}
