package com.azora.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo catalog files in {@code demo/courses}: each course, module, lesson and quiz keeps the
 * shape the demo seeder and the quiz engine rely on, so a broken edit fails here and not at start.
 */
class DemoCatalogContentTest {

  private static final List<String> FILES =
      List.of("cs101", "web201", "ai301", "bus101", "data201");
  private static final Set<String> CATEGORIES =
      Set.of(
          "Computer Science",
          "Web Development",
          "Artificial Intelligence",
          "Business",
          "Data Science");
  private static final Set<String> LEVELS = Set.of("BEGINNER", "INTERMEDIATE", "ADVANCED");
  private static final Set<String> QUESTION_TYPES =
      Set.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER");
  private static final Set<String> SHOW_ANSWERS = Set.of("NEVER", "AFTER_SUBMISSION", "AFTER_PASS");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern WORD = Pattern.compile("\\s+");

  private static final Map<String, JsonObject> COURSES = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (String name : FILES) {
      String resource = "/demo/courses/" + name + ".json";
      try (InputStream in = DemoCatalogContentTest.class.getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is missing");
        try (JsonReader reader = Json.createReader(in)) {
          COURSES.put(name, reader.readObject());
        }
      }
    }
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : WORD.split(t).length;
  }

  private static String text(JsonObject o, String key, String where) {
    assertTrue(
        o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.STRING,
        where + ": '" + key + "' must be a string");
    String s = o.getString(key);
    assertFalse(s.isBlank(), where + ": '" + key + "' is blank");
    return s;
  }

  @Test
  void allFiveCoursesHaveDistinctCodesAndSlugs() {
    assertEquals(5, COURSES.size());
    Set<String> slugs = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (var e : COURSES.entrySet()) {
      JsonObject c = e.getValue();
      String code = text(c, "code", e.getKey());
      assertEquals(e.getKey(), code.toLowerCase(), "file name follows the course code");
      String slug = text(c, "slug", code);
      assertTrue(SLUG.matcher(slug).matches(), code + ": slug format " + slug);
      assertTrue(slug.length() <= 80, code + ": slug too long");
      assertTrue(slug.startsWith(e.getKey() + "-"), code + ": slug starts with the code");
      assertTrue(slugs.add(slug), "duplicate slug " + slug);
      assertTrue(codes.add(code), "duplicate code " + code);
    }
  }

  @Test
  void courseFieldsAreComplete() {
    for (JsonObject c : COURSES.values()) {
      String code = c.getString("code");
      assertTrue(text(c, "title", code).length() <= 160, code + ": title too long");
      assertTrue(text(c, "summary", code).length() <= 300, code + ": summary over 300 chars");
      int descriptionWords = words(text(c, "description", code));
      assertTrue(
          descriptionWords >= 80 && descriptionWords <= 200,
          code + ": description has " + descriptionWords + " words, want 80-200");
      assertTrue(CATEGORIES.contains(text(c, "category", code)), code + ": category");
      assertTrue(LEVELS.contains(text(c, "level", code)), code + ": level");
      assertEquals("en", c.getString("language"), code + ": language");
      double hours = c.getJsonNumber("estimatedHours").doubleValue();
      assertTrue(hours > 0 && hours <= 100, code + ": estimatedHours " + hours);
    }
  }

  @Test
  void modulesHoldFourOrFiveReadingLessonsOfRealText() {
    for (JsonObject c : COURSES.values()) {
      String code = c.getString("code");
      var modules = c.getJsonArray("modules");
      assertTrue(
          modules.size() >= 3 && modules.size() <= 4, code + ": " + modules.size() + " modules");
      Set<String> moduleTitles = new HashSet<>();
      for (JsonObject m : modules.getValuesAs(JsonObject.class)) {
        String module = code + " / " + text(m, "title", code + " module");
        assertTrue(moduleTitles.add(m.getString("title")), module + ": duplicate module title");
        var lessons = m.getJsonArray("lessons");
        assertTrue(
            lessons.size() >= 4 && lessons.size() <= 5,
            module + ": " + lessons.size() + " lessons");
        Set<String> lessonTitles = new HashSet<>();
        for (JsonObject l : lessons.getValuesAs(JsonObject.class)) {
          String lesson = module + " / " + text(l, "title", module + " lesson");
          assertTrue(lessonTitles.add(l.getString("title")), lesson + ": duplicate title");
          assertEquals("READING", l.getString("type"), lesson + ": type");
          int minutes = l.getInt("durationMinutes");
          assertTrue(minutes > 0 && minutes <= 60, lesson + ": durationMinutes " + minutes);
          assertTrue(l.getBoolean("required"), lesson + ": required");
          String content = text(l, "content", lesson);
          int n = words(content);
          assertTrue(n >= 150 && n <= 400, lesson + ": " + n + " words, want 150-400");
          assertEquals(
              0, content.split("```", -1).length % 2 - 1, lesson + ": unbalanced code fence");
          assertFalse(l.containsKey("videoUrl") && !l.isNull("videoUrl"), lesson + ": video");
        }
      }
    }
  }

  @Test
  void everyModuleHasOneQuizOfFourToSixQuestions() {
    for (JsonObject c : COURSES.values()) {
      for (JsonObject m : c.getJsonArray("modules").getValuesAs(JsonObject.class)) {
        String module = c.getString("code") + " / " + m.getString("title");
        assertEquals(
            JsonValue.ValueType.OBJECT, m.get("quiz").getValueType(), module + ": no quiz");
        JsonObject quiz = m.getJsonObject("quiz");
        text(quiz, "title", module + " quiz");
        int passing = quiz.getInt("passingScore");
        assertTrue(passing > 0 && passing <= 100, module + ": passingScore");
        assertTrue(quiz.getInt("attemptsAllowed") >= 1, module + ": attemptsAllowed");
        assertTrue(quiz.getInt("timeLimitMinutes") >= 1, module + ": timeLimitMinutes");
        quiz.getBoolean("shuffleQuestions");
        quiz.getBoolean("shuffleOptions");
        assertTrue(SHOW_ANSWERS.contains(quiz.getString("showAnswers")), module + ": showAnswers");
        var questions = quiz.getJsonArray("questions");
        assertTrue(
            questions.size() >= 4 && questions.size() <= 6,
            module + ": " + questions.size() + " questions");
        Set<String> prompts = new HashSet<>();
        for (JsonObject q : questions.getValuesAs(JsonObject.class)) {
          String prompt = text(q, "prompt", module + " question");
          assertTrue(prompts.add(prompt), module + ": duplicate prompt " + prompt);
          checkQuestion(module + " / " + prompt, q);
        }
      }
    }
  }

  private static void checkQuestion(String where, JsonObject q) {
    String type = q.getString("type");
    assertTrue(QUESTION_TYPES.contains(type), where + ": type " + type);
    assertTrue(q.getInt("points") >= 1, where + ": points");
    text(q, "explanation", where);
    var options = q.getJsonArray("options").getValuesAs(JsonObject.class);
    var accepted = q.getJsonArray("acceptedAnswers").getValuesAs(JsonString.class);
    Set<String> optionTexts = new HashSet<>();
    int correct = 0;
    for (JsonObject o : options) {
      assertTrue(optionTexts.add(text(o, "text", where).strip()), where + ": duplicate option");
      if (o.getBoolean("correct")) {
        correct++;
      }
    }
    switch (type) {
      case "SINGLE_CHOICE" -> {
        assertTrue(options.size() >= 3 && options.size() <= 5, where + ": 3-5 options");
        assertEquals(1, correct, where + ": exactly one correct option");
        assertTrue(accepted.isEmpty(), where + ": no accepted answers");
      }
      case "MULTIPLE_CHOICE" -> {
        assertTrue(options.size() >= 4 && options.size() <= 5, where + ": 4-5 options");
        assertTrue(correct >= 2 && correct < options.size(), where + ": 2+ correct, 1+ wrong");
        assertTrue(accepted.isEmpty(), where + ": no accepted answers");
      }
      case "TRUE_FALSE" -> {
        assertEquals(2, options.size(), where + ": True and False");
        assertEquals("True", options.get(0).getString("text"), where + ": first option True");
        assertEquals("False", options.get(1).getString("text"), where + ": second option False");
        assertEquals(1, correct, where + ": exactly one correct option");
        assertTrue(accepted.isEmpty(), where + ": no accepted answers");
      }
      case "SHORT_ANSWER" -> {
        assertTrue(options.isEmpty(), where + ": no options");
        assertTrue(accepted.size() >= 1 && accepted.size() <= 4, where + ": 1-4 answers");
        for (JsonString a : accepted) {
          assertFalse(a.getString().isBlank(), where + ": blank accepted answer");
          assertEquals(a.getString().strip(), a.getString(), where + ": untrimmed answer");
        }
        if (!q.isNull("pattern")) {
          Pattern.compile(q.getString("pattern"));
        }
      }
      default -> fail(where + ": unexpected type " + type);
    }
  }
}
