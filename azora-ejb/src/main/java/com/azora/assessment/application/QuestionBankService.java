package com.azora.assessment.application;

import com.azora.assessment.application.QuizViews.QuestionBank;
import com.azora.assessment.domain.Question;
import com.azora.assessment.domain.QuestionDraft;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** A course's question bank, for the course's instructors. */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class QuestionBankService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public QuestionBank bank(long courseId) {
    Course c = QuizAccess.taughtCourse(em, courseId, CurrentUser.id());
    return new QuestionBank(
        c.getId(),
        c.getTitle(),
        c.getStatus() == CourseStatus.DRAFT,
        QuizAccess.bankLines(em, courseId));
  }

  public QuestionDraft question(long questionId) {
    return mine(questionId).draft();
  }

  /** Adds a question to the bank; returns its id. */
  public long create(long courseId, QuestionDraft draft) {
    check(draft);
    Course c = QuizAccess.taughtCourse(em, courseId, CurrentUser.id());
    QuizAccess.requireEditable(c);
    Question q = new Question(courseId, draft, Instant.now(clock));
    em.persist(q);
    em.flush();
    return q.getId();
  }

  /**
   * Changes a question. Submitted attempts keep the points they earned; only answers graded later
   * use the new content.
   */
  public void update(long questionId, QuestionDraft draft) {
    check(draft);
    Question q = mine(questionId);
    QuizAccess.requireEditable(em.find(Course.class, q.getCourseId()));
    q.apply(draft, Instant.now(clock));
  }

  /** Deletes a question no quiz and no attempt uses. */
  public void delete(long questionId) {
    Question q = mine(questionId);
    QuizAccess.requireEditable(em.find(Course.class, q.getCourseId()));
    if (QuizAccess.usedQuestionIds(em, q.getCourseId()).contains(questionId)) {
      throw DomainException.conflict(
          null, "This question is used by a quiz or an attempt; remove it from quizzes first.");
    }
    em.remove(q);
  }

  private Question mine(long questionId) {
    Question q = em.find(Question.class, questionId);
    if (q == null) {
      throw DomainException.notFound("No such question among your courses.");
    }
    QuizAccess.taughtCourse(em, q.getCourseId(), CurrentUser.id());
    return q;
  }

  private static void check(QuestionDraft draft) {
    QuestionDraft.Problem p = draft.problem();
    if (p != null) {
      throw DomainException.invalid(p.field(), p.message());
    }
  }
}
