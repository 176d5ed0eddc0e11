package com.azora.assessment.application;

import com.azora.assessment.application.QuizViews.GradingItem;
import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.QuizAttempt;
import com.azora.learning.application.LessonCompletion;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The grading queue: essay answers of quizzes in courses the caller instructs. Grading (or
 * regrading) an answer recomputes its attempt's score and pass; an attempt that newly passes
 * completes the lesson for the student.
 *
 * <p>A regrade that takes an attempt below the pass mark changes the attempt's score and pass, but
 * a lesson or course already completed stays completed, and its recorded events stand: they are
 * facts that rewards may already have used. Events are never recorded twice (their unique keys).
 */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class QuizGradingService {

  private static final String FROM =
      " from AttemptAnswer ans join ans.attempt a, Question q, Lesson l join l.module m"
          + " join m.course c, UserAccount u"
          + " where q.id = ans.questionId and l.id = a.quizId and u.id = a.userId"
          + " and q.type = :essay and a.status <> :open and :me member of c.instructorIds";

  @PersistenceContext private EntityManager em;
  @Inject private LessonCompletion completion;
  @Inject private Clock clock;

  /**
   * Essay answers awaiting review, oldest submission first; with {@code includeGraded} also the
   * graded ones (newest first after the waiting ones), to regrade.
   */
  public PageResult<GradingItem> queue(boolean includeGraded, int first, int pageSize) {
    String filter = includeGraded ? "" : " and ans.needsReview = true";
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select ans.id, a.id, c.title, l.title, u.displayName, a.submittedAt, q.prompt,"
                + " ans.textAnswer, ans.maxPoints, ans.points, ans.feedback, ans.needsReview"
                + FROM
                + filter
                + " order by ans.needsReview desc, a.submittedAt, ans.id",
            Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(ans)" + FROM + filter, Long.class);
    bind(rows);
    bind(count);
    List<GradingItem> items =
        rows
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, pageSize), 100))
            .getResultList()
            .stream()
            .map(QuizGradingService::item)
            .toList();
    return new PageResult<>(items, count.getSingleResult());
  }

  /** One essay answer of a course the caller instructs; 404 otherwise. */
  public GradingItem item(long answerId) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select ans.id, a.id, c.title, l.title, u.displayName, a.submittedAt, q.prompt,"
                + " ans.textAnswer, ans.maxPoints, ans.points, ans.feedback, ans.needsReview"
                + FROM
                + " and ans.id = :id",
            Object[].class);
    bind(q);
    return q.setParameter("id", answerId)
        .getResultStream()
        .findFirst()
        .map(QuizGradingService::item)
        .orElseThrow(() -> DomainException.notFound("No such answer among your courses."));
  }

  /**
   * Awards {@code points} (0..the question's points) with feedback; regrading replaces the earlier
   * grade. Completes the lesson when the attempt newly passes.
   */
  public GradingItem grade(long answerId, BigDecimal points, String feedback) {
    GradingItem item = item(answerId);
    if (points == null) {
      throw DomainException.invalid("points", "Enter the points to award.");
    }
    if (feedback != null && feedback.length() > 4000) {
      throw DomainException.invalid("feedback", "Keep the feedback under 4,000 characters.");
    }
    QuizAttempt attempt =
        em.find(QuizAttempt.class, item.attemptId(), LockModeType.PESSIMISTIC_WRITE);
    boolean newlyPassed;
    try {
      newlyPassed = attempt.grade(answerId, points, feedback, CurrentUser.id(), Instant.now(clock));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("points", e.getMessage());
    } catch (IllegalStateException e) {
      throw DomainException.conflict(null, e.getMessage());
    }
    if (newlyPassed) {
      completion.complete(attempt.getUserId(), attempt.getQuizId(), attempt.getScorePercent());
    }
    em.flush();
    return item(answerId);
  }

  private void bind(TypedQuery<?> q) {
    q.setParameter("essay", QuestionType.ESSAY)
        .setParameter("open", QuizAttempt.Status.IN_PROGRESS)
        .setParameter("me", CurrentUser.id());
  }

  private static GradingItem item(Object[] r) {
    return new GradingItem(
        (Long) r[0],
        (Long) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (Instant) r[5],
        (String) r[6],
        (String) r[7],
        (BigDecimal) r[8],
        (BigDecimal) r[9],
        (String) r[10],
        (Boolean) r[11]);
  }
}
