package com.azora.assessment.application;

import com.azora.assessment.application.AssignmentViews.AssignmentBrief;
import com.azora.assessment.application.AssignmentViews.CriterionLine;
import com.azora.assessment.application.AssignmentViews.MySubmission;
import com.azora.assessment.application.AssignmentViews.SubmissionDownload;
import com.azora.assessment.application.AssignmentViews.SubmissionLine;
import com.azora.assessment.application.AssignmentViews.SubmittedFile;
import com.azora.assessment.domain.AssignmentSettings;
import com.azora.assessment.domain.AssignmentSubmission;
import com.azora.assessment.domain.SubmissionFile;
import com.azora.assessment.domain.SubmissionFileType;
import com.azora.assessment.domain.SubmissionRules;
import com.azora.learning.domain.Enrolment;
import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Students hand in assignments of the courses they are enrolled in and read their grades; files are
 * downloadable by their student and the course's instructors only.
 */
@Stateless
@RequiresAuthentication
public class AssignmentSubmissionService {

  /** The database's ceiling on a file (assignment_file_size). */
  private static final int HARD_MAX_FILE_BYTES = 104_857_600;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The assignment of a lesson in one of my courses, with my submissions; 404 otherwise. */
  public AssignmentBrief brief(long lessonId) {
    AssignmentLessons.Ref ref = enrolled(lessonId, false);
    return briefOf(ref.lessonId());
  }

  /**
   * Hands in work. While my last submission waits for grading, this replaces it; after grading it
   * starts a new attempt that goes back to the grading queue. Late work is accepted and flagged.
   */
  public AssignmentBrief submit(long lessonId, String text, SubmittedFile file) {
    AssignmentLessons.Ref ref = enrolled(lessonId, true);
    AssignmentSettings s = em.find(AssignmentSettings.class, lessonId);
    if (s == null) {
      throw DomainException.conflict(null, "This assignment is not ready for submissions yet.");
    }
    String body = text == null || text.isBlank() ? null : text.strip();
    if (s.getKind().wantsText() && body == null) {
      throw DomainException.invalid("text", "Write your answer.");
    }
    if (!s.getKind().wantsText()) {
      body = null;
    }
    if (body != null && body.length() > SubmissionRules.MAX_TEXT) {
      throw DomainException.invalid("text", "Keep your answer under 100,000 characters.");
    }
    boolean hasFile = file != null && file.data() != null && file.data().length > 0;
    if (s.getKind().wantsFile() && !hasFile) {
      throw DomainException.invalid("file", "Choose a file to upload.");
    }
    AssignmentSubmission.FileMeta meta = null;
    SubmissionFileType type = null;
    if (s.getKind().wantsFile()) {
      long max = maxFileBytes();
      if (file.data().length > max) {
        throw DomainException.invalid(
            "file", "The file is too large: at most " + readable(max) + " is accepted.");
      }
      Set<SubmissionFileType> allowed = s.getFileTypes();
      type =
          SubmissionFileType.detect(file.name(), file.data())
              .filter(allowed::contains)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "file",
                          "This file is not accepted: upload a "
                              + allowed.stream().map(Enum::name).collect(Collectors.joining(", "))
                              + " file (checked by its name and content)."));
      meta = new AssignmentSubmission.FileMeta(safeName(file.name()), type, file.data().length);
    }
    Instant now = Instant.now(clock);
    boolean late = SubmissionRules.late(s.getDueAt(), now);
    AssignmentSubmission pending =
        em.createQuery(
                "select s from AssignmentSubmission s where s.lessonId = :l and s.studentId = :u"
                    + " and s.status = :st",
                AssignmentSubmission.class)
            .setParameter("l", lessonId)
            .setParameter("u", CurrentUser.id())
            .setParameter("st", AssignmentSubmission.Status.SUBMITTED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (pending != null) {
      pending.replace(body, meta, now, late);
      SubmissionFile old = em.find(SubmissionFile.class, pending.getId());
      if (old != null && type == null) {
        em.remove(old);
      } else if (old != null) {
        old.replace(type, file.data());
      } else if (type != null) {
        em.persist(new SubmissionFile(pending.getId(), type, file.data()));
      }
    } else {
      Number last =
          (Number)
              em.createQuery(
                      "select max(s.attempt) from AssignmentSubmission s"
                          + " where s.lessonId = :l and s.studentId = :u")
                  .setParameter("l", lessonId)
                  .setParameter("u", CurrentUser.id())
                  .getSingleResult();
      int attempt = (last == null ? 0 : last.intValue()) + 1;
      AssignmentSubmission sub =
          new AssignmentSubmission(
              lessonId, ref.courseId(), CurrentUser.id(), attempt, body, meta, now, late);
      em.persist(sub);
      em.flush();
      if (type != null) {
        em.persist(new SubmissionFile(sub.getId(), type, file.data()));
      }
    }
    em.flush();
    return briefOf(lessonId);
  }

  /** My submissions across all courses, newest first. */
  public PageResult<MySubmission> mine(int first, int size) {
    long me = CurrentUser.id();
    long total =
        em.createQuery(
                "select count(s) from AssignmentSubmission s where s.studentId = :u", Long.class)
            .setParameter("u", me)
            .getSingleResult();
    List<MySubmission> rows =
        em.createQuery(
                "select s, l.title, c.title from AssignmentSubmission s, Lesson l, Course c"
                    + " where s.studentId = :u and l.id = s.lessonId and c.id = s.courseId"
                    + " order by s.submittedAt desc, s.id desc",
                Object[].class)
            .setParameter("u", me)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, size), 100))
            .getResultStream()
            .map(
                r -> {
                  AssignmentSubmission s = (AssignmentSubmission) r[0];
                  return new MySubmission(
                      s.getId(),
                      s.getLessonId(),
                      (String) r[1],
                      (String) r[2],
                      s.getAttempt(),
                      s.getStatus(),
                      s.getSubmittedAt(),
                      s.isLate(),
                      s.getFileName(),
                      s.getPoints(),
                      s.getMaxPoints(),
                      s.getPassed(),
                      s.getFeedback());
                })
            .toList();
    return new PageResult<>(rows, total);
  }

  /** A submission's file, for its student and the course's instructors; 404 for anyone else. */
  public SubmissionDownload download(long submissionId) {
    AssignmentSubmission s = em.find(AssignmentSubmission.class, submissionId);
    long me = CurrentUser.id();
    if (s == null
        || s.getFileName() == null
        || (s.getStudentId() != me && !AssignmentLessons.teaches(em, s.getCourseId(), me))) {
      throw DomainException.notFound("No such file.");
    }
    SubmissionFile f = em.find(SubmissionFile.class, submissionId);
    if (f == null) {
      throw DomainException.notFound("No such file.");
    }
    return new SubmissionDownload(s.getFileName(), f.getContentType(), f.getData());
  }

  /** The largest file accepted, in bytes. */
  public long maxFileBytes() {
    return Math.min(ConfigKey.ASSIGNMENT_MAX_FILE_BYTES.asInt(), HARD_MAX_FILE_BYTES);
  }

  private AssignmentBrief briefOf(long lessonId) {
    AssignmentSettings s = em.find(AssignmentSettings.class, lessonId);
    List<SubmissionLine> history =
        em.createQuery(
                "select s from AssignmentSubmission s where s.lessonId = :l and s.studentId = :u"
                    + " order by s.attempt desc",
                AssignmentSubmission.class)
            .setParameter("l", lessonId)
            .setParameter("u", CurrentUser.id())
            .getResultStream()
            .map(
                x ->
                    new SubmissionLine(
                        x.getId(),
                        x.getAttempt(),
                        x.getStatus(),
                        x.getSubmittedAt(),
                        x.isLate(),
                        x.getText(),
                        x.getFileName(),
                        x.getFileSize(),
                        x.getPoints(),
                        x.getMaxPoints(),
                        x.getPassed(),
                        x.getFeedback()))
            .toList();
    if (s == null) {
      return new AssignmentBrief(
          lessonId, false, null, Set.of(), null, null, null, List.of(), maxFileBytes(), history);
    }
    return new AssignmentBrief(
        lessonId,
        true,
        s.getKind(),
        s.getFileTypes(),
        s.getMaxPoints(),
        s.getPassingPoints(),
        s.getDueAt(),
        CriterionLine.of(s),
        maxFileBytes(),
        history);
  }

  /** The assignment lesson of a course I am enrolled in (locked when handing in); 404 otherwise. */
  private AssignmentLessons.Ref enrolled(long lessonId, boolean lock) {
    AssignmentLessons.Ref ref =
        AssignmentLessons.find(em, lessonId)
            .orElseThrow(() -> DomainException.notFound("No such assignment in your courses."));
    Enrolment e =
        em.createQuery(
                "select e from Enrolment e where e.userId = :u and e.courseId = :c",
                Enrolment.class)
            .setParameter("u", CurrentUser.id())
            .setParameter("c", ref.courseId())
            // Two submissions racing (two tabs) must not both start a new attempt.
            .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (e == null || e.getStatus() == Enrolment.Status.REVOKED) {
      throw DomainException.notFound("No such assignment in your courses.");
    }
    return ref;
  }

  /** Keeps the last path segment, without control characters, at most 200 characters. */
  static String safeName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.isEmpty() ? "file" : n;
  }

  private static String readable(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MiB"
        : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }
}
