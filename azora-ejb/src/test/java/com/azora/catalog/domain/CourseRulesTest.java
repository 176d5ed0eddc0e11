package com.azora.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The course workflow and the validation of what authors enter. */
class CourseRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static CourseDetails details(String title) {
    return new CourseDetails(
        title, "s", "d", "Science", null, null, BigDecimal.ONE, new BigDecimal("19.999"), "usd");
  }

  private static LessonContent reading(String title) {
    return new LessonContent(title, LessonType.READING, "text", null, 10, true);
  }

  @Test
  void detailsAreNormalisedAndValidated() {
    CourseDetails d = details("  Biology  ");
    assertEquals("Biology", d.title());
    assertEquals(new BigDecimal("20.00"), d.price());
    assertEquals("USD", d.currency());
    assertEquals(CourseLevel.BEGINNER, d.level());
    assertNull(d.problem());
    assertEquals("title", details(" ").problem().field());
    assertEquals(
        "currency",
        new CourseDetails("t", "", "", "c", null, "en", null, null, "US").problem().field());
    assertEquals(
        "price",
        new CourseDetails("t", "", "", "c", null, "en", null, new BigDecimal("-1"), null)
            .problem()
            .field());
    assertEquals(
        "language",
        new CourseDetails("t", "", "", "c", null, "english", null, null, null).problem().field());
  }

  @Test
  void aDraftNeedsALessonBeforeReviewAndIsThenLocked() {
    Course c = new Course("biology", details("Biology"), 7L, NOW);
    CourseModule m = c.addModule("Cells", NOW);
    assertThrows(IllegalStateException.class, () -> c.submitForReview(NOW));
    m.addLesson(reading("The cell"));
    c.submitForReview(NOW);
    assertEquals(CourseStatus.IN_REVIEW, c.getStatus());
    assertThrows(IllegalStateException.class, () -> c.addModule("More", NOW));
    assertThrows(IllegalStateException.class, () -> m.addLesson(reading("Late")));
    assertThrows(IllegalStateException.class, () -> c.edit(details("Renamed"), NOW));
  }

  @Test
  void reviewPublishesOrReturnsTheDraftWithAReason() {
    Course c = new Course("chem", details("Chemistry"), 7L, NOW);
    c.addModule("Atoms", NOW).addLesson(reading("Protons"));
    c.submitForReview(NOW);
    assertThrows(IllegalArgumentException.class, () -> c.reject(" ", NOW));
    c.reject("Add exercises", NOW);
    assertEquals(CourseStatus.DRAFT, c.getStatus());
    assertEquals("Add exercises", c.getReviewNote());
    c.submitForReview(NOW);
    c.approve(null, NOW);
    assertEquals(CourseStatus.PUBLISHED, c.getStatus());
    assertEquals(NOW, c.getPublishedAt());
    assertThrows(IllegalStateException.class, () -> c.approve(null, NOW));
  }

  @Test
  void lessonsAreValidated() {
    assertEquals("lessonTitle", reading("").problem().field());
    assertEquals(
        "videoUrl",
        new LessonContent("Intro", LessonType.VIDEO, "", "javascript:alert(1)", 5, true)
            .problem()
            .field());
    assertNull(
        new LessonContent("Intro", LessonType.VIDEO, "", "https://video.example.org/1", 5, true)
            .problem());
    assertNull(
        new LessonContent("Quiz", LessonType.QUIZ, "", null, 5, true).problem(),
        "a quiz lesson is authored; its settings row comes with it");
    assertNull(
        new LessonContent("Task", LessonType.ASSIGNMENT, "", null, 5, true).problem(),
        "an assignment lesson is authored; its settings come on the assignment page");
  }

  @Test
  void slugsAreReadableAndSafe() {
    assertEquals("intro-to-data-2026", Slugs.of("Intro to Data (2026)"));
    assertEquals("cafe-economie", Slugs.of("Café Économie"));
    assertEquals("course", Slugs.of("!!!"));
    assertEquals("intro-2", Slugs.numbered("intro", 2));
    assertEquals(60, Slugs.of("a".repeat(100)).length());
  }

  @Test
  void searchTermsBecomeASafePrefixQuery() {
    assertEquals("data:* & sci:*", SearchTerms.prefixQuery("Data  sci"));
    assertEquals("drop:* & table:*", SearchTerms.prefixQuery("'); drop table --"));
    assertNull(SearchTerms.prefixQuery("  !!  "));
    assertNull(SearchTerms.prefixQuery(null));
  }
}
