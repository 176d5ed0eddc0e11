package com.azora.assessment.application;

import com.azora.assessment.application.AssignmentViews.CriterionLine;
import com.azora.assessment.application.AssignmentViews.GradingSheet;
import com.azora.assessment.application.AssignmentViews.QueueRow;
import com.azora.assessment.domain.AssignmentRubric;
import com.azora.assessment.domain.AssignmentSettings;
import com.azora.assessment.domain.AssignmentSubmission;
import com.azora.identity.domain.SecurityEventType;
import com.azora.identity.infrastructure.AuditLog;
import com.azora.learning.application.LessonCompletion;
import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.mail.Outbox;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The instructors' grading queue: submissions to the assignments of the courses they teach, graded
 * with rubric points and feedback. A passing grade completes the lesson for the student.
 */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class AssignmentGradingService {

  private static final String FROM_MINE =
      " from AssignmentSubmission s, Course c, Lesson l, UserAccount u"
          + " where c.id = s.courseId and l.id = s.lessonId and u.id = s.studentId"
          + " and s.status = :st and :me member of c.instructorIds";

  @PersistenceContext private EntityManager em;
  @Inject private LessonCompletion completion;
  @Inject private AuditLog audit;
  @EJB private Outbox outbox;
  @Inject private Clock clock;

  /**
   * Submissions to my courses' assignments: waiting ones oldest first, or (with {@code graded})
   * graded ones most recently graded first.
   */
  public PageResult<QueueRow> queue(boolean graded, int first, int size) {
    AssignmentSubmission.Status st =
        graded ? AssignmentSubmission.Status.GRADED : AssignmentSubmission.Status.SUBMITTED;
    long total =
        em.createQuery("select count(s)" + FROM_MINE, Long.class)
            .setParameter("st", st)
            .setParameter("me", CurrentUser.id())
            .getSingleResult();
    List<QueueRow> rows =
        em.createQuery(
                "select s, u.displayName, c.title, l.title"
                    + FROM_MINE
                    + (graded
                        ? " order by s.gradedAt desc, s.id desc"
                        : " order by s.submittedAt asc, s.id asc"),
                Object[].class)
            .setParameter("st", st)
            .setParameter("me", CurrentUser.id())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, size), 100))
            .getResultStream()
            .map(
                r -> {
                  AssignmentSubmission s = (AssignmentSubmission) r[0];
                  return new QueueRow(
                      s.getId(),
                      (String) r[1],
                      (String) r[2],
                      (String) r[3],
                      s.getAttempt(),
                      s.getSubmittedAt(),
                      s.isLate(),
                      s.getStatus(),
                      s.getPoints(),
                      s.getMaxPoints());
                })
            .toList();
    return new PageResult<>(rows, total);
  }

  /** One submission to grade; 404 unless I teach its course. */
  public GradingSheet sheet(long submissionId) {
    return sheet(mine(submissionId, false));
  }

  /**
   * Grades (or regrades) a submission from the points per rubric criterion. A grade at or above the
   * passing points completes the lesson for the student; the student is told by mail.
   */
  public GradingSheet grade(
      long submissionId, Map<Long, BigDecimal> points, String feedback, String ip) {
    AssignmentSubmission s = mine(submissionId, true);
    AssignmentSettings settings = em.find(AssignmentSettings.class, s.getLessonId());
    String text = feedback == null || feedback.isBlank() ? null : feedback.strip();
    if (text != null && text.length() > 20_000) {
      throw DomainException.invalid("feedback", "Keep the feedback under 20,000 characters.");
    }
    List<AssignmentRubric.Line> rubric = settings.rubric();
    AssignmentRubric.Grade grade;
    try {
      grade = AssignmentRubric.grade(rubric, points, settings.getPassingPoints());
    } catch (AssignmentRubric.Problem p) {
      throw DomainException.invalid("rubric", p.getMessage());
    }
    Map<Long, BigDecimal> given = new HashMap<>();
    rubric.forEach(l -> given.put(l.id(), points.get(l.id())));
    boolean regrade = s.getStatus() == AssignmentSubmission.Status.GRADED;
    long me = CurrentUser.id();
    s.grade(given, grade, text, me, Instant.now(clock));
    em.flush();
    if (grade.passed()) {
      completion.complete(s.getStudentId(), s.getLessonId(), null);
    }
    Object[] names =
        em.createQuery(
                "select u.email, u.displayName, l.title, c.title from UserAccount u, Lesson l,"
                    + " Course c where u.id = :u and l.id = :l and c.id = :c",
                Object[].class)
            .setParameter("u", s.getStudentId())
            .setParameter("l", s.getLessonId())
            .setParameter("c", s.getCourseId())
            .getSingleResult();
    String result =
        plain(grade.points())
            + " of "
            + plain(grade.maxPoints())
            + " points, "
            + (grade.passed() ? "passed" : "not passed yet");
    audit.record(
        SecurityEventType.ASSIGNMENT_GRADED,
        s.getStudentId(),
        me,
        "submission " + s.getId(),
        ip,
        (regrade ? "Regraded " : "Graded ") + "\u201c" + names[2] + "\u201d: " + result);
    outbox.enqueue(
        (String) names[0],
        "Your assignment was graded: " + truncate((String) names[2], 120),
        "Hello "
            + names[1]
            + ",\n\nyour submission (attempt "
            + s.getAttempt()
            + ") for \u201c"
            + names[2]
            + "\u201d in \u201c"
            + names[3]
            + "\u201d was "
            + (regrade ? "regraded" : "graded")
            + ": "
            + result
            + ".\n\n"
            + (text == null ? "" : "Feedback:\n" + text + "\n\n")
            + "See it here: "
            + ConfigKey.BASE_URL.value().replaceAll("/+$", "")
            + "/learn/assignments.xhtml\n",
        "ASSIGNMENT_GRADED");
    return sheet(s);
  }

  private GradingSheet sheet(AssignmentSubmission s) {
    AssignmentSettings settings = em.find(AssignmentSettings.class, s.getLessonId());
    Object[] names =
        em.createQuery(
                "select u.displayName, c.title, l.title from UserAccount u, Lesson l, Course c"
                    + " where u.id = :u and l.id = :l and c.id = :c",
                Object[].class)
            .setParameter("u", s.getStudentId())
            .setParameter("l", s.getLessonId())
            .setParameter("c", s.getCourseId())
            .getSingleResult();
    return new GradingSheet(
        s.getId(),
        (String) names[0],
        (String) names[1],
        (String) names[2],
        s.getAttempt(),
        s.getStatus(),
        s.getSubmittedAt(),
        s.isLate(),
        s.getText(),
        s.getFileName(),
        s.getFileSize(),
        CriterionLine.of(settings),
        Map.copyOf(s.getScores()),
        settings.getMaxPoints(),
        settings.getPassingPoints(),
        s.getPoints(),
        s.getPassed(),
        s.getFeedback());
  }

  /** A submission to a course I teach (locked for grading); 404 otherwise. */
  private AssignmentSubmission mine(long submissionId, boolean lock) {
    AssignmentSubmission s =
        lock
            ? em.find(AssignmentSubmission.class, submissionId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(AssignmentSubmission.class, submissionId);
    if (s == null || !AssignmentLessons.teaches(em, s.getCourseId(), CurrentUser.id())) {
      throw DomainException.notFound("No such submission among your courses.");
    }
    return s;
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
