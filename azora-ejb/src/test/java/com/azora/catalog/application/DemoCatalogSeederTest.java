package com.azora.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.azora.catalog.domain.CourseDetails;
import com.azora.catalog.domain.CourseLevel;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import com.azora.catalog.domain.Slugs;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The demo files pass the same checks authors face: course details, every lesson and every question
 * as the bank validates it, so seeding cannot fail at start-up on content.
 */
class DemoCatalogSeederTest {

  @Test
  void everyCourseLessonAndQuestionIsValid() {
    int questions = 0;
    for (String file : DemoCatalogSeeder.FILES) {
      JsonObject course = DemoCatalogSeeder.read(file);
      CourseDetails details =
          new CourseDetails(
              course.getString("title"),
              course.getString("summary"),
              course.getString("description"),
              course.getString("category"),
              CourseLevel.valueOf(course.getString("level")),
              course.getString("language"),
              course.getJsonNumber("estimatedHours").bigDecimalValue(),
              BigDecimal.ZERO,
              "USD");
      assertNull(details.problem(), file);
      assertEquals(course.getString("slug"), Slugs.of(course.getString("slug")), file);
      for (JsonValue mv : course.getJsonArray("modules")) {
        for (JsonValue lv : mv.asJsonObject().getJsonArray("lessons")) {
          JsonObject l = lv.asJsonObject();
          LessonContent content =
              new LessonContent(
                  l.getString("title"),
                  LessonType.valueOf(l.getString("type")),
                  l.getString("content"),
                  null,
                  l.getInt("durationMinutes"),
                  l.getBoolean("required"));
          assertNull(content.problem(), file + ": " + l.getString("title"));
        }
        for (JsonValue qv : mv.asJsonObject().getJsonObject("quiz").getJsonArray("questions")) {
          DemoCatalogSeeder.draft(qv.asJsonObject()); // throws on a question the bank refuses
          questions++;
        }
      }
    }
    assertEquals(81, questions);
  }
}
