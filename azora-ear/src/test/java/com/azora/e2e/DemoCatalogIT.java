package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.WebSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demo mode publishes the five demo courses, each module ending with a quiz, marked as demo. */
@AzoraE2E
class DemoCatalogIT {

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void theFiveDemoCoursesArePublishedWithAQuizPerModuleAndMarkedAsDemo() throws Exception {
    try (Connection c = server.connection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select c.slug, u.email, c.status,"
                    + " (select count(*) from course_module m where m.course_id = c.id),"
                    + " (select count(*) from course_module m join lesson l on l.module_id = m.id"
                    + "   where m.course_id = c.id and l.type = 'QUIZ'),"
                    + " (select count(*) from course_module m join lesson l on l.module_id = m.id"
                    + "   join quiz_question q on q.quiz_id = l.id where m.course_id = c.id)"
                    + " from course c join course_instructor i on i.course_id = c.id"
                    + " join app_user u on u.id = i.user_id where c.demo order by c.slug")) {
      int courses = 0;
      int questions = 0;
      while (rs.next()) {
        courses++;
        assertEquals("educator@demo.azora.local", rs.getString(2));
        assertEquals("PUBLISHED", rs.getString(3));
        int modules = rs.getInt(4);
        assertTrue(modules >= 3 && modules <= 4, rs.getString(1));
        assertEquals(modules, rs.getInt(5), "one quiz per module in " + rs.getString(1));
        questions += rs.getInt(6);
      }
      assertEquals(5, courses);
      assertEquals(81, questions);
    }

    WebSession anonymous = new WebSession(server.baseUrl());
    WebSession.Page catalog = anonymous.get("/catalog.xhtml?q=Introduction+Computer+Science");
    assertTrue(catalog.body().contains("CS101 Introduction to Computer Science"), catalog.body());
    assertTrue(catalog.body().contains("Demo"), catalog.body());
    for (String slug : List.of("cs101-introduction-to-computer-science")) {
      WebSession.Page page = anonymous.get("/course.xhtml?slug=" + slug);
      assertNotNull(page.html().getElementById("demoCourse"), page.body());
    }
  }
}
