package com.azora.assessment.application;

import com.azora.assessment.application.QuizAccess.QuizContext;
import com.azora.assessment.application.QuizViews.QuestionLine;
import com.azora.assessment.application.QuizViews.QuizBuilder;
import com.azora.assessment.domain.Question;
import com.azora.assessment.domain.QuestionDraft;
import com.azora.assessment.domain.QuizSettings;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The quiz builder: settings and the ordered questions of a QUIZ lesson, for its instructors. */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class QuizBuilderService {

  @PersistenceContext private EntityManager em;

  public QuizBuilder builder(long lessonId) {
    QuizContext ctx = QuizAccess.taughtQuiz(em, lessonId, CurrentUser.id());
    List<QuestionLine> bank = QuizAccess.bankLines(em, ctx.course().getId());
    Map<Long, QuestionLine> byId =
        bank.stream().collect(Collectors.toMap(QuestionLine::id, Function.identity()));
    List<Long> picked = ctx.quiz().getQuestionIds();
    return new QuizBuilder(
        lessonId,
        ctx.lesson().getTitle(),
        ctx.course().getId(),
        ctx.course().getTitle(),
        ctx.editable(),
        ctx.quiz().settings(),
        picked.stream().map(byId::get).toList(),
        bank.stream().filter(q -> !picked.contains(q.id())).toList());
  }

  public void configure(long lessonId, QuizSettings settings) {
    QuestionDraft.Problem p = settings.problem();
    if (p != null) {
      throw DomainException.invalid(p.field(), p.message());
    }
    editable(lessonId).quiz().configure(settings);
  }

  /** Appends a question of the course's bank to the quiz. */
  public void addQuestion(long lessonId, long questionId) {
    QuizContext ctx = editable(lessonId);
    Question q = em.find(Question.class, questionId);
    if (q == null || !q.getCourseId().equals(ctx.course().getId())) {
      throw DomainException.notFound("No such question in this course's bank.");
    }
    inState(() -> ctx.quiz().addQuestion(questionId));
  }

  public void removeQuestion(long lessonId, long questionId) {
    editable(lessonId).quiz().removeQuestion(questionId);
  }

  /** Moves a question one place: {@code -1} up, {@code +1} down. */
  public void moveQuestion(long lessonId, long questionId, int delta) {
    editable(lessonId).quiz().move(questionId, delta);
  }

  private QuizContext editable(long lessonId) {
    QuizContext ctx = QuizAccess.taughtQuiz(em, lessonId, CurrentUser.id());
    QuizAccess.requireEditable(ctx.course());
    return ctx;
  }

  private static void inState(Runnable change) {
    try {
      change.run();
    } catch (IllegalStateException e) {
      throw DomainException.conflict(null, e.getMessage());
    }
  }
}
