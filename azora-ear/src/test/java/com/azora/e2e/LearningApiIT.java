package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Courses;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalog and learning API: search, detail, enrol, lesson, complete, my courses. */
@AzoraE2E
class LearningApiIT {

  private final AzoraTestServer server = AzoraTestServer.get();
  private final WebSession api = new WebSession(server.baseUrl());

  private static JsonStructure json(WebSession.Page p) {
    return Json.createReader(new StringReader(p.body())).read();
  }

  private WebSession signedIn(String email) {
    return Accounts.signedIn(server, email, Accounts.DEMO_PASSWORD);
  }

  @Test
  void searchEnrolCompleteAndSeeProgress() {
    String word = "ibis" + UUID.randomUUID().toString().substring(0, 6);
    Courses.publish(
        signedIn(Accounts.EDUCATOR), signedIn(Accounts.ADMIN), "Wading birds " + word, "0", "Legs");

    WebSession.Page search = api.json("GET", "/api/courses?q=" + word + "&price=free", null, null);
    assertEquals(200, search.status(), search.body());
    JsonObject page = (JsonObject) json(search);
    assertEquals(1, page.getInt("total"), search.body());
    long courseId = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    WebSession.Page detail = api.json("GET", "/api/courses/" + courseId, null, null);
    assertEquals(200, detail.status(), detail.body());
    assertTrue(detail.body().contains("Legs"), detail.body());

    assertEquals(401, api.json("POST", "/api/courses/" + courseId + "/enrol", null, null).status());

    String email = Accounts.registerAndVerify(server, "Api Learner " + word, false);
    JsonObject tokens =
        (JsonObject)
            json(
                api.json(
                    "POST",
                    "/api/auth/login",
                    "{\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + Accounts.STRONG_PASSWORD
                        + "\"}",
                    null));
    String token = tokens.getString("accessToken");
    WebSession.Page enrolled =
        api.json(
            "POST",
            "/api/courses/" + courseId + "/enrol",
            null,
            token,
            java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertEquals(200, enrolled.status(), enrolled.body());
    long lessonId = ((JsonObject) json(enrolled)).getJsonNumber("firstLessonId").longValue();

    WebSession.Page lesson = api.json("GET", "/api/lessons/" + lessonId, null, token);
    assertEquals("Legs", ((JsonObject) json(lesson)).getString("title"), lesson.body());
    WebSession.Page done = api.json("POST", "/api/lessons/" + lessonId + "/complete", null, token);
    assertTrue(((JsonObject) json(done)).getBoolean("courseCompleted"), done.body());

    JsonArray mine = (JsonArray) json(api.json("GET", "/api/me/courses", null, token));
    JsonObject course = mine.getJsonObject(0);
    assertEquals(100, course.getInt("percent"));
    assertEquals("COMPLETED", course.getString("status"));

    String other =
        ((JsonObject)
                json(
                    api.json(
                        "POST",
                        "/api/auth/login",
                        "{\"email\":\""
                            + Accounts.EMPLOYER
                            + "\",\"password\":\""
                            + Accounts.DEMO_PASSWORD
                            + "\"}",
                        null)))
            .getString("accessToken");
    assertEquals(404, api.json("GET", "/api/lessons/" + lessonId, null, other).status());
  }

  @Test
  void badFiltersAndUnknownCoursesAreProblems() {
    WebSession.Page bad = api.json("GET", "/api/courses?level=WIZARD", null, null);
    assertEquals(400, bad.status(), bad.body());
    assertEquals(
        "level",
        ((JsonObject) json(bad)).getJsonArray("errors").getJsonObject(0).getString("field"));
    WebSession.Page missing = api.json("GET", "/api/courses/999999999", null, null);
    assertEquals(404, missing.status());
    assertTrue(missing.headers().get("content-type").get(0).startsWith("application/problem+json"));
    WebSession.Page doc = api.get("/openapi");
    for (String path : new String[] {"/api/courses", "/api/lessons/{id}", "/api/me/courses"}) {
      assertTrue(doc.body().contains(path), "OpenAPI lacks " + path);
    }
  }
}
