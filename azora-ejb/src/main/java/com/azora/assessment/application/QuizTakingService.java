package com.azora.assessment.application;

import com.azora.assessment.application.QuizAccess.QuizContext;
import com.azora.assessment.application.QuizViews.AttemptQuestion;
import com.azora.assessment.application.QuizViews.AttemptSummary;
import com.azora.assessment.application.QuizViews.AttemptView;
import com.azora.assessment.application.QuizViews.GradeLine;
import com.azora.assessment.application.QuizViews.QuizOverview;
import com.azora.assessment.application.QuizViews.ShownOption;
import com.azora.assessment.domain.AttemptAnswer;
import com.azora.assessment.domain.AttemptOrder;
import com.azora.assessment.domain.Question;
import com.azora.assessment.domain.QuestionType;
import com.azora.assessment.domain.QuizAttempt;
import com.azora.assessment.domain.QuizScorer;
import com.azora.assessment.domain.ShowAnswers;
import com.azora.learning.application.LessonCompletion;
import com.azora.learning.domain.Enrolment;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Taking quizzes, for enrolled students: start an attempt (its order fixed and its deadline set on
 * the server), submit it, and read one's own attempts. Another student's attempt is "not found".
 */
@Stateless
@RequiresAuthentication
public class QuizTakingService {

  private static final Random SEEDS = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private LessonCompletion completion;
  @Inject private Clock clock;

  /** The quiz facts and my attempts, for the lesson player. */
  public QuizOverview overview(long lessonId) {
    QuizContext ctx = enrolled(lessonId);
    List<QuizAttempt> attempts = attempts(ctx, CurrentUser.id());
    return new QuizOverview(
        lessonId,
        ctx.quiz().getPassingPercent(),
        ctx.quiz().getAttemptsAllowed(),
        attempts.size(),
        ctx.quiz().getTimeLimitMinutes(),
        ctx.quiz().getQuestionIds().size(),
        attempts.stream()
            .filter(a -> a.getStatus() == QuizAttempt.Status.IN_PROGRESS)
            .map(QuizAttempt::getId)
            .findFirst()
            .orElse(null),
        attempts.stream().anyMatch(QuizAttempt::isPassed),
        attempts.stream()
            .map(a -> summary(a, ctx.lesson().getTitle(), ctx.course().getTitle()))
            .toList());
  }

  /** My attempts at a quiz, oldest first. */
  public List<AttemptSummary> myAttempts(long lessonId) {
    return overview(lessonId).attempts();
  }

  /**
   * Starts an attempt, or returns the one already in progress. Refused when all attempts are used
   * or the quiz has no questions.
   */
  public AttemptView start(long lessonId) {
    QuizContext ctx = enrolled(lessonId);
    long me = CurrentUser.id();
    List<QuizAttempt> attempts = attempts(ctx, me);
    for (QuizAttempt a : attempts) {
      if (a.getStatus() == QuizAttempt.Status.IN_PROGRESS) {
        return view(a, ctx);
      }
    }
    if (attempts.size() >= ctx.quiz().getAttemptsAllowed()) {
      throw DomainException.conflict(
          null, "You have used all " + ctx.quiz().getAttemptsAllowed() + " attempts of this quiz.");
    }
    Map<Long, Question> questions = questions(ctx.quiz().getQuestionIds());
    if (questions.isEmpty()) {
      throw DomainException.conflict(null, "This quiz has no questions yet.");
    }
    Random random = new Random(SEEDS.nextLong());
    List<Long> ids = ctx.quiz().getQuestionIds();
    Map<Long, List<Integer>> order = new LinkedHashMap<>();
    Map<Long, BigDecimal> points = new LinkedHashMap<>();
    for (Long id :
        AttemptOrder.apply(
            ids, AttemptOrder.of(ids.size(), ctx.quiz().isShuffleQuestions(), random))) {
      Question q = questions.get(id);
      // True/false keeps "True" before "False"; other options shuffle when the quiz says so.
      boolean shuffle = ctx.quiz().isShuffleOptions() && q.getType() != QuestionType.TRUE_FALSE;
      order.put(id, AttemptOrder.of(q.getOptions().size(), shuffle, random));
      points.put(id, q.getPoints());
    }
    int number = attempts.stream().mapToInt(QuizAttempt::getNumber).max().orElse(0) + 1;
    Integer limit = ctx.quiz().getTimeLimitMinutes();
    QuizAttempt attempt =
        new QuizAttempt(
            lessonId,
            me,
            number,
            Instant.now(clock),
            limit == null ? null : Duration.ofMinutes(limit),
            ctx.quiz().getPassingPercent(),
            order,
            points);
    try {
      em.persist(attempt);
      em.flush();
    } catch (PersistenceException e) {
      // The unique attempt number, the one-open-attempt index or the allowance trigger refused it.
      throw DomainException.conflict(
          null, "Another attempt was started at the same time; open the quiz again.");
    }
    return view(attempt, ctx);
  }

  /** One of my attempts; 404 for anyone else's or when it is not an attempt at this quiz. */
  public AttemptView attempt(long lessonId, long attemptId) {
    QuizAttempt a = mine(attemptId, false);
    if (a.getQuizId() != lessonId) {
      throw DomainException.notFound("No such attempt among yours.");
    }
    return attempt(attemptId);
  }

  /** One of my attempts, to take or to read its result; 404 for anyone else's. */
  public AttemptView attempt(long attemptId) {
    QuizAttempt a = mine(attemptId, false);
    QuizContext ctx = QuizAccess.quiz(em, a.getQuizId());
    closeIfExpired(a, ctx);
    return view(a, ctx);
  }

  /**
   * Submits my attempt with its answers (question id to response, option indexes as sent by {@link
   * ShownOption#index()}). Answers that arrive after the deadline plus grace are not counted. A
   * passing attempt completes the lesson (and the course when it was the last required lesson).
   */
  public AttemptView submit(long attemptId, Map<Long, QuizScorer.Response> responses) {
    QuizAttempt a = mine(attemptId, true);
    QuizContext ctx = enrolled(a.getQuizId());
    if (a.getStatus() != QuizAttempt.Status.IN_PROGRESS) {
      throw DomainException.conflict(null, "This attempt was already submitted.");
    }
    Map<Long, Question> questions = questions(answerIds(a));
    for (Map.Entry<Long, QuizScorer.Response> e : responses.entrySet()) {
      Question q = questions.get(e.getKey());
      if (q == null) {
        throw DomainException.invalid("answers", "An answer names a question not in this attempt.");
      }
      for (int i : e.getValue().selected()) {
        if (i < 0 || i >= q.getOptions().size()) {
          throw DomainException.invalid(
              "answers", "An answer selects an option that does not exist.");
        }
      }
      String text = e.getValue().text();
      if (text != null && text.length() > 20_000) {
        throw DomainException.invalid("answers", "Keep each answer under 20,000 characters.");
      }
    }
    a.submit(responses, keys(questions), Instant.now(clock));
    completeIfPassed(a);
    return view(a, ctx, questions);
  }

  /** All my quiz attempts, newest first, with the quiz and course titles and grader feedback. */
  public PageResult<GradeLine> grades(int first, int pageSize) {
    long me = CurrentUser.id();
    List<Object[]> rows =
        em.createQuery(
                "select a, l.title, c.title from QuizAttempt a, Lesson l join l.module m"
                    + " join m.course c where l.id = a.quizId and a.userId = :me"
                    + " order by a.startedAt desc, a.id desc",
                Object[].class)
            .setParameter("me", me)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, pageSize), 100))
            .getResultList();
    long total =
        em.createQuery("select count(a) from QuizAttempt a where a.userId = :me", Long.class)
            .setParameter("me", me)
            .getSingleResult();
    List<AttemptSummary> page =
        rows.stream().map(r -> summary((QuizAttempt) r[0], (String) r[1], (String) r[2])).toList();
    Map<Long, List<String>> feedback = feedback(page.stream().map(AttemptSummary::id).toList(), me);
    return new PageResult<>(
        page.stream().map(a -> new GradeLine(a, feedback.getOrDefault(a.id(), List.of()))).toList(),
        total);
  }

  /** Grader feedback of the given attempts of {@code me}: attempt id to feedback texts. */
  private Map<Long, List<String>> feedback(List<Long> attemptIds, long me) {
    if (attemptIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select a.attempt.id, a.feedback from AttemptAnswer a where a.attempt.id in :ids"
                + " and a.attempt.userId = :me and a.feedback is not null order by a.position",
            Object[].class)
        .setParameter("ids", attemptIds)
        .setParameter("me", me)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
  }

  private void completeIfPassed(QuizAttempt a) {
    if (a.getStatus() == QuizAttempt.Status.GRADED && a.isPassed()) {
      completion.complete(a.getUserId(), a.getQuizId(), a.getScorePercent());
    }
  }

  /** My attempts at the quiz, oldest first, closing one whose time ran out. */
  private List<QuizAttempt> attempts(QuizContext ctx, long me) {
    List<QuizAttempt> attempts =
        em.createQuery(
                "select a from QuizAttempt a where a.quizId = :q and a.userId = :me"
                    + " order by a.number",
                QuizAttempt.class)
            .setParameter("q", ctx.quiz().getLessonId())
            .setParameter("me", me)
            .getResultList();
    attempts.forEach(a -> closeIfExpired(a, ctx));
    return attempts;
  }

  /** An open attempt past its deadline and grace is submitted empty: nothing arrived in time. */
  private void closeIfExpired(QuizAttempt a, QuizContext ctx) {
    Instant now = Instant.now(clock);
    if (a.getStatus() == QuizAttempt.Status.IN_PROGRESS && !a.acceptsAnswersAt(now)) {
      em.lock(a, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(a);
      if (a.getStatus() == QuizAttempt.Status.IN_PROGRESS) {
        a.submit(Map.of(), keys(questions(answerIds(a))), now);
        completeIfPassed(a);
      }
    }
  }

  private QuizAttempt mine(long attemptId, boolean lock) {
    QuizAttempt a =
        lock
            ? em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(QuizAttempt.class, attemptId);
    if (a == null || a.getUserId() != CurrentUser.id()) {
      throw DomainException.notFound("No such attempt among yours.");
    }
    return a;
  }

  /** The quiz of a lesson of a course I am enrolled in (not revoked); 404 otherwise. */
  private QuizContext enrolled(long lessonId) {
    QuizContext ctx;
    try {
      ctx = QuizAccess.quiz(em, lessonId);
    } catch (DomainException e) {
      throw DomainException.notFound("No such quiz in your courses.");
    }
    boolean enrolled =
        em.createQuery(
                "select e.status from Enrolment e where e.userId = :u and e.courseId = :c",
                Enrolment.Status.class)
            .setParameter("u", CurrentUser.id())
            .setParameter("c", ctx.course().getId())
            .getResultStream()
            .anyMatch(s -> s != Enrolment.Status.REVOKED);
    if (!enrolled) {
      throw DomainException.notFound("No such quiz in your courses.");
    }
    return ctx;
  }

  private static List<Long> answerIds(QuizAttempt a) {
    return a.getAnswers().stream().map(AttemptAnswer::getQuestionId).toList();
  }

  private Map<Long, Question> questions(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select q from Question q where q.id in :ids", Question.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch", "q.options")
        .setHint("eclipselink.batch", "q.acceptedAnswers")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream()
        .collect(Collectors.toMap(Question::getId, Function.identity()));
  }

  private static Map<Long, QuizScorer.Key> keys(Map<Long, Question> questions) {
    return questions.values().stream().collect(Collectors.toMap(Question::getId, Question::key));
  }

  private AttemptView view(QuizAttempt a, QuizContext ctx) {
    return view(a, ctx, questions(answerIds(a)));
  }

  private AttemptView view(QuizAttempt a, QuizContext ctx, Map<Long, Question> questions) {
    boolean open = a.getStatus() == QuizAttempt.Status.IN_PROGRESS;
    boolean show =
        !open
            && (ctx.quiz().getShowAnswers() == ShowAnswers.AFTER_SUBMISSION
                || noAttemptsLeft(a, ctx));
    List<AttemptQuestion> shown = new ArrayList<>();
    for (AttemptAnswer ans : a.getAnswers()) {
      Question q = questions.get(ans.getQuestionId());
      List<ShownOption> options =
          ans.getOptionOrder().stream()
              .filter(i -> i < q.getOptions().size())
              .map(
                  i ->
                      new ShownOption(
                          i,
                          q.getOptions().get(i).getText(),
                          show ? q.getOptions().get(i).isCorrect() : null))
              .toList();
      QuizScorer.Response r = ans.response();
      shown.add(
          new AttemptQuestion(
              q.getId(),
              ans.getPosition() + 1,
              q.getType(),
              q.getPrompt(),
              ans.getMaxPoints(),
              options,
              List.copyOf(r.selected()),
              r.text(),
              open ? null : ans.getPoints(),
              ans.isNeedsReview(),
              ans.getFeedback(),
              open || q.getExplanation().isEmpty() ? null : q.getExplanation(),
              show && q.getType() == QuestionType.SHORT_ANSWER
                  ? List.copyOf(q.getAcceptedAnswers())
                  : List.of()));
    }
    return new AttemptView(
        a.getId(),
        a.getQuizId(),
        ctx.lesson().getTitle(),
        ctx.course().getTitle(),
        a.getNumber(),
        a.getStatus(),
        a.getStartedAt(),
        a.getDeadline(),
        a.getSubmittedAt(),
        a.isLate(),
        a.getScore(),
        a.getMaxScore(),
        a.getScorePercent(),
        a.getPassingPercent(),
        a.isPassed(),
        show,
        shown);
  }

  private boolean noAttemptsLeft(QuizAttempt a, QuizContext ctx) {
    long used =
        em.createQuery(
                "select count(a) from QuizAttempt a where a.quizId = :q and a.userId = :u"
                    + " and a.status <> :open",
                Long.class)
            .setParameter("q", a.getQuizId())
            .setParameter("u", a.getUserId())
            .setParameter("open", QuizAttempt.Status.IN_PROGRESS)
            .getSingleResult();
    return used >= ctx.quiz().getAttemptsAllowed();
  }

  private static AttemptSummary summary(QuizAttempt a, String quizTitle, String courseTitle) {
    return new AttemptSummary(
        a.getId(),
        a.getQuizId(),
        quizTitle,
        courseTitle,
        a.getNumber(),
        a.getStatus(),
        a.getStartedAt(),
        a.getSubmittedAt(),
        a.getScorePercent(),
        a.isPassed(),
        a.isLate());
  }
}
