package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Http;
import com.azora.e2e.support.SqlStatements;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the catalog search page, the public course page and "my courses" run as many SQL
 * statements with many rows as with few. The rows are inserted with SQL (dozens of courses through
 * the editor pages would take minutes); the pages under test read them like any other.
 */
@AzoraE2E
class QueryCountIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void catalogSearchDoesNotGrowWithTheCoursesOnThePage() throws Exception {
    // SqlStatements runs a request four times (one warm-up); each run searches a word of its own,
    // so no run is answered from the catalog cache (these courses are seeded in SQL behind the
    // application's back) and every run shows what a first search costs.
    List<String> fewWords = new ArrayList<>();
    List<String> manyWords = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      fewWords.add(uniqueWord("okapi"));
      seedCourses(fewWords.get(i), 2, 1, 1);
      manyWords.add(uniqueWord("okapi"));
      seedCourses(manyWords.get(i), 14, 2, 2);
    }
    Http anonymous = new Http(server.baseUrl());
    // Warm the filter lists (categories, languages) so every search sees them cached alike.
    page(anonymous, "/catalog.xhtml", "Catalog", 1);
    SqlStatements.Count few = SqlStatements.of(server, searches(anonymous, fewWords, 2));
    SqlStatements.Count many = SqlStatements.of(server, searches(anonymous, manyWords, 12));
    assertSame(few, many);
  }

  @Test
  void coursePageDoesNotGrowWithModulesAndLessons() throws Exception {
    String small = seedCourses(uniqueWord("tapir"), 1, 1, 1).get(0).slug();
    String large = seedCourses(uniqueWord("tapir"), 1, 5, 6).get(0).slug();
    Http anonymous = new Http(server.baseUrl());
    SqlStatements.Count few =
        SqlStatements.of(
            server, () -> page(anonymous, "/course.xhtml?slug=" + small, "Lesson 1.1", 1));
    SqlStatements.Count many =
        SqlStatements.of(
            server, () -> page(anonymous, "/course.xhtml?slug=" + large, "Lesson 5.6", 1));

    assertSame(few, many);
  }

  @Test
  void myCoursesDoesNotGrowWithEnrolmentsAndProgress() throws Exception {
    String word = uniqueWord("quoll");
    String email = Accounts.registerAndVerify(server, "Counter " + word, false);
    WebSession student = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    long studentId = userId(email);
    enrol(studentId, seedCourses(word, 1, 1, 2));
    SqlStatements.Count few = SqlStatements.of(server, () -> myCourses(student, word, 1));

    enrol(studentId, seedCourses(word, 8, 3, 3));
    SqlStatements.Count many = SqlStatements.of(server, () -> myCourses(student, word, 9));

    assertSame(few, many);
  }

  @Test
  void lessonPlayerDoesNotGrowWithModulesAndLessons() throws Exception {
    String word = uniqueWord("numbat");
    String email = Accounts.registerAndVerify(server, "Player " + word, false);
    WebSession student = Accounts.signedIn(server, email, Accounts.STRONG_PASSWORD);
    Seeded small = seedCourses(word, 1, 1, 2).get(0);
    Seeded large = seedCourses(word, 1, 6, 5).get(0);
    enrol(userId(email), List.of(small, large));
    SqlStatements.Count few =
        SqlStatements.of(server, () -> lesson(student, small.lessonIds().get(1), "Lesson 1.2"));
    SqlStatements.Count many =
        SqlStatements.of(server, () -> lesson(student, large.lessonIds().get(1), "Lesson 1.2"));

    assertSame(few, many);
  }

  private static void lesson(WebSession student, long lessonId, String title) {
    WebSession.Page page = student.get("/learn/lesson.xhtml?id=" + lessonId);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains(title), page.body());
  }

  private static void assertSame(SqlStatements.Count few, SqlStatements.Count many) {
    System.out.println("Few rows: " + few + "\nMany rows: " + many);
    assertTrue(few.total() > 0, "pg_stat_statements saw no statement: " + few);
    assertEquals(
        few.total(),
        many.total(),
        "Statements grew with the rows (N+1):\n" + many.growthOver(few) + "\nmany: " + many);
  }

  /** A request that searches the next word of the list each time it runs. */
  private static Runnable searches(Http http, List<String> words, int expected) {
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    return () -> {
      String word = words.get(next.getAndIncrement() % words.size());
      page(
          http,
          "/catalog.xhtml?q=" + word.substring(0, word.length() - 2),
          "Course " + word,
          expected);
    };
  }

  private static void page(Http http, String path, String expected, int times) {
    Http.Response response = http.get(path);
    assertEquals(200, response.status(), path);
    assertTrue(occurrences(response.body(), expected) >= times, response.body());
  }

  private static void myCourses(WebSession student, String word, int courses) {
    WebSession.Page page = student.get("/learn/courses.xhtml");
    assertEquals(200, page.status());
    assertEquals(courses, occurrences(page.body(), "Course " + word), page.body());
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String uniqueWord(String prefix) {
    // Letters only: the catalog's full-text search splits words at digits and dashes too.
    String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    return prefix + letters.substring(0, Math.min(6, letters.length()));
  }

  /** A seeded course and its lesson ids. */
  private record Seeded(long id, String slug, List<Long> lessonIds) {}

  /** Published free courses titled "Course {word} n", taught by the demo educator. */
  private List<Seeded> seedCourses(String word, int courses, int modules, int lessons)
      throws SQLException {
    List<Seeded> seeded = new ArrayList<>();
    try (Connection c = server.connection()) {
      long educator = userId(c, Accounts.EDUCATOR);
      for (int i = 0; i < courses; i++) {
        String slug = (word + "-" + UUID.randomUUID()).toLowerCase(Locale.ROOT);
        long courseId =
            insert(
                c,
                "insert into course (slug, title, summary, category, created_by, status,"
                    + " published_at) values (?, ?, 'Counted statements.', 'Computer Science',"
                    + " ?, 'PUBLISHED', now()) returning id",
                slug,
                "Course " + word + " " + (i + 1),
                educator);
        insert(
            c,
            "insert into course_instructor (course_id, user_id) values (?, ?) returning course_id",
            courseId,
            educator);
        List<Long> lessonIds = new ArrayList<>();
        for (int m = 0; m < modules; m++) {
          long moduleId =
              insert(
                  c,
                  "insert into course_module (course_id, position, title) values (?, ?, ?)"
                      + " returning id",
                  courseId,
                  m,
                  "Module " + (m + 1));
          for (int l = 0; l < lessons; l++) {
            lessonIds.add(
                insert(
                    c,
                    "insert into lesson (module_id, position, title, type, content,"
                        + " duration_minutes) values (?, ?, ?, 'READING', 'Some text.', 10)"
                        + " returning id",
                    moduleId,
                    l,
                    "Lesson " + (m + 1) + "." + (l + 1)));
          }
        }
        seeded.add(new Seeded(courseId, slug, lessonIds));
      }
    }
    return seeded;
  }

  /** Enrols the student in each course with its first lesson done. */
  private void enrol(long studentId, List<Seeded> courses) throws SQLException {
    try (Connection c = server.connection()) {
      for (Seeded course : courses) {
        long enrolment =
            insert(
                c,
                "insert into enrolment (user_id, course_id) values (?, ?) returning id",
                studentId,
                course.id());
        insert(
            c,
            "insert into lesson_progress (enrolment_id, lesson_id) values (?, ?)"
                + " returning enrolment_id",
            enrolment,
            course.lessonIds().get(0));
      }
    }
  }

  private long userId(String email) throws SQLException {
    try (Connection c = server.connection()) {
      return userId(c, email);
    }
  }

  private static long userId(Connection c, String email) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select id from app_user where email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no user " + email);
        return rs.getLong(1);
      }
    }
  }

  private static long insert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
