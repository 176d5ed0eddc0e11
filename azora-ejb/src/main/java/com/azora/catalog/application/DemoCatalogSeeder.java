package com.azora.catalog.application;

import com.azora.assessment.domain.Question;
import com.azora.assessment.domain.QuestionDraft;
import com.azora.assessment.domain.QuestionDraft.OptionDraft;
import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.Quiz;
import com.azora.assessment.domain.QuizSettings;
import com.azora.assessment.domain.ShowAnswers;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseDetails;
import com.azora.catalog.domain.CourseLevel;
import com.azora.catalog.domain.CourseModule;
import com.azora.catalog.domain.Lesson;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import com.azora.identity.domain.UserRepository;
import com.azora.platform.config.ConfigKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In demo mode, publishes the five demo courses (JSON under {@code /demo/courses}) taught by the
 * demo educator, each module ending with a quiz built from its questions. Courses are flagged
 * {@code demo}, which pages show. Runs once: it does nothing when any demo course exists.
 */
@Startup
@Singleton
@DependsOn("DemoSeeder")
public class DemoCatalogSeeder {

  private static final Logger LOG = Logger.getLogger(DemoCatalogSeeder.class.getName());

  /** The demo course files, in catalog order. */
  public static final List<String> FILES = List.of("cs101", "web201", "ai301", "bus101", "data201");

  private static final String EDUCATOR = "educator@demo.azora.local";

  @PersistenceContext private EntityManager em;
  @Inject private UserRepository users;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  @PostConstruct
  void seed() {
    if (!ConfigKey.DEMO.asBoolean()) {
      return;
    }
    Long educator = users.findByEmail(EDUCATOR).map(u -> u.getId()).orElse(null);
    boolean seeded =
        !em.createQuery("select c.id from Course c where c.demo = true", Long.class)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (educator == null || seeded) {
      return;
    }
    Instant now = Instant.now(clock);
    try {
      for (String file : FILES) {
        add(read(file), educator, now);
      }
      em.flush();
      LOG.info("Demo mode: published " + FILES.size() + " demo courses");
    } catch (RuntimeException e) {
      // Demo content must never stop the application from starting: log it and start empty.
      context.setRollbackOnly();
      LOG.log(Level.SEVERE, "Demo mode: the demo courses could not be seeded", e);
    }
  }

  private void add(JsonObject json, long educator, Instant now) {
    CourseDetails details =
        new CourseDetails(
            json.getString("code") + " " + json.getString("title"),
            json.getString("summary"),
            json.getString("description"),
            json.getString("category"),
            CourseLevel.valueOf(json.getString("level")),
            json.getString("language"),
            json.getJsonNumber("estimatedHours").bigDecimalValue(),
            BigDecimal.ZERO,
            "USD");
    Course course = new Course(json.getString("slug"), details, educator, now);
    course.markDemo();
    em.persist(course);
    for (JsonValue mv : json.getJsonArray("modules")) {
      JsonObject m = mv.asJsonObject();
      CourseModule module = course.addModule(m.getString("title"), now);
      for (JsonValue lv : m.getJsonArray("lessons")) {
        JsonObject l = lv.asJsonObject();
        module.addLesson(
            new LessonContent(
                l.getString("title"),
                LessonType.valueOf(l.getString("type")),
                l.getString("content"),
                null,
                l.getInt("durationMinutes"),
                l.getBoolean("required")));
      }
      JsonObject q = m.getJsonObject("quiz");
      Integer limit = q.isNull("timeLimitMinutes") ? null : q.getInt("timeLimitMinutes");
      Lesson quizLesson =
          module.addLesson(
              new LessonContent(
                  q.getString("title"),
                  LessonType.QUIZ,
                  "Check what you learned in this module.",
                  null,
                  limit == null ? 10 : limit,
                  true));
      em.flush(); // the lesson insert creates the quiz row (trigger) and gives ids
      Quiz quiz = em.find(Quiz.class, quizLesson.getId());
      quiz.configure(
          new QuizSettings(
              BigDecimal.valueOf(q.getInt("passingScore")),
              q.getInt("attemptsAllowed"),
              limit,
              q.getBoolean("shuffleQuestions"),
              q.getBoolean("shuffleOptions"),
              ShowAnswers.valueOf(q.getString("showAnswers"))));
      for (JsonValue qv : q.getJsonArray("questions")) {
        Question question = new Question(course.getId(), draft(qv.asJsonObject()), now);
        em.persist(question);
        em.flush();
        quiz.addQuestion(question.getId());
      }
    }
    course.submitForReview(now);
    course.approve("Demo course", now);
  }

  /** A question of the JSON as the bank stores it; a question the bank would refuse fails. */
  static QuestionDraft draft(JsonObject q) {
    QuestionDraft d =
        new QuestionDraft(
            QuestionType.valueOf(q.getString("type")),
            q.getString("prompt"),
            q.getJsonNumber("points").bigDecimalValue(),
            q.getString("explanation"),
            q.getJsonArray("options").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> new OptionDraft(o.getString("text"), o.getBoolean("correct")))
                .toList(),
            q.getJsonArray("acceptedAnswers").stream()
                .map(v -> ((JsonString) v).getString())
                .toList(),
            q.isNull("pattern") ? null : q.getString("pattern"));
    if (d.problem() != null) {
      throw new IllegalStateException(
          "Demo question '" + d.prompt() + "': " + d.problem().message());
    }
    return d;
  }

  /** One demo course file from the classpath. */
  static JsonObject read(String file) {
    try (InputStream in =
            DemoCatalogSeeder.class.getResourceAsStream("/demo/courses/" + file + ".json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
