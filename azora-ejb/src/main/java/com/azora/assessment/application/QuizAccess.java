package com.azora.assessment.application;

import com.azora.assessment.application.QuizViews.QuestionLine;
import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.Quiz;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.Lesson;
import com.azora.platform.error.DomainException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds a quiz or course and checks who may use it, for the services of this package. */
final class QuizAccess {
  private QuizAccess() {}

  /** A quiz lesson with its course. */
  record QuizContext(Quiz quiz, Lesson lesson, Course course) {
    boolean editable() {
      return course.getStatus() == CourseStatus.DRAFT;
    }
  }

  static Long courseOfLesson(EntityManager em, long lessonId) {
    return em.createQuery(
            "select m.course.id from CourseModule m join m.lessons l where l.id = :id", Long.class)
        .setParameter("id", lessonId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The quiz of a lesson; 404 when there is none. */
  static QuizContext quiz(EntityManager em, long lessonId) {
    Quiz quiz = em.find(Quiz.class, lessonId);
    Long courseId = quiz == null ? null : courseOfLesson(em, lessonId);
    if (courseId == null) {
      throw DomainException.notFound("No such quiz.");
    }
    return new QuizContext(quiz, em.find(Lesson.class, lessonId), em.find(Course.class, courseId));
  }

  /** The quiz of a lesson of a course {@code userId} teaches; 404 for anyone else. */
  static QuizContext taughtQuiz(EntityManager em, long lessonId, long userId) {
    try {
      QuizContext ctx = quiz(em, lessonId);
      if (ctx.course().isInstructor(userId)) {
        return ctx;
      }
    } catch (DomainException e) {
      // Same answer as for a quiz of someone else's course.
    }
    throw DomainException.notFound("No such quiz among your courses.");
  }

  /** A course {@code userId} teaches; 404 for anyone else. */
  static Course taughtCourse(EntityManager em, long courseId, long userId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !c.isInstructor(userId)) {
      throw DomainException.notFound("No such course among yours.");
    }
    return c;
  }

  static void requireEditable(Course c) {
    if (c.getStatus() != CourseStatus.DRAFT) {
      throw DomainException.conflict(
          null,
          "This course is " + c.getStatus() + ": its quizzes can be changed in a draft only.");
    }
  }

  /** A course's questions, oldest first, each marked when a quiz or an attempt uses it. */
  static List<QuestionLine> bankLines(EntityManager em, long courseId) {
    // A projection: loading entities would also load each question's options (EAGER).
    List<Object[]> rows =
        em.createQuery(
                "select q.id, q.type, q.prompt, q.points from Question q where q.courseId = :c"
                    + " order by q.id",
                Object[].class)
            .setParameter("c", courseId)
            .getResultList();
    Set<Long> used = new HashSet<>(usedQuestionIds(em, courseId));
    return rows.stream()
        .map(
            r ->
                new QuestionLine(
                    (Long) r[0],
                    (QuestionType) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    used.contains((Long) r[0])))
        .toList();
  }

  /** Questions of the course that a quiz or an attempt refers to. */
  static List<Long> usedQuestionIds(EntityManager em, long courseId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select q.id from question q where q.course_id = ?1 and (exists (select 1 from"
                    + " quiz_question qq where qq.question_id = q.id) or exists (select 1 from"
                    + " attempt_answer a where a.question_id = q.id))")
            .setParameter(1, courseId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
