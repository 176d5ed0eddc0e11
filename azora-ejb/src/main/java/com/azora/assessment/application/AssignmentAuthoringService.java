package com.azora.assessment.application;

import com.azora.assessment.application.AssignmentViews.AssignmentSetup;
import com.azora.assessment.application.AssignmentViews.AssignmentSetupForm;
import com.azora.assessment.application.AssignmentViews.CriterionLine;
import com.azora.assessment.domain.AssignmentRubric;
import com.azora.assessment.domain.AssignmentSettings;
import com.azora.assessment.domain.SubmissionKind;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.Lesson;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * A course's instructors set up its assignments: instructions, submission kind, rubric, due date.
 */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class AssignmentAuthoringService {

  @PersistenceContext private EntityManager em;

  public AssignmentSetup setup(long lessonId) {
    AssignmentLessons.Ref ref = mine(lessonId);
    AssignmentSettings s = em.find(AssignmentSettings.class, lessonId);
    boolean editable = ref.courseStatus() == CourseStatus.DRAFT;
    if (s == null) {
      return new AssignmentSetup(
          lessonId,
          ref.lessonTitle(),
          ref.courseId(),
          ref.courseTitle(),
          editable,
          false,
          ref.content(),
          SubmissionKind.TEXT,
          Set.of(),
          List.of(),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          null);
    }
    return new AssignmentSetup(
        lessonId,
        ref.lessonTitle(),
        ref.courseId(),
        ref.courseTitle(),
        editable,
        true,
        ref.content(),
        s.getKind(),
        s.getFileTypes(),
        CriterionLine.of(s),
        s.getMaxPoints(),
        s.getPassingPoints(),
        s.getDueAt());
  }

  /** Saves every setting; the course must still be a draft, like the rest of its content. */
  public AssignmentSetup save(long lessonId, AssignmentSetupForm form) {
    AssignmentLessons.Ref ref = mine(lessonId);
    if (ref.courseStatus() != CourseStatus.DRAFT) {
      throw DomainException.conflict(
          null, "This course is " + ref.courseStatus() + ": its assignments can no longer change.");
    }
    if (form.kind() == null) {
      throw DomainException.invalid("kind", "Choose what students hand in.");
    }
    List<AssignmentRubric.Line> rubric =
        form.rubric().stream()
            .map(c -> new AssignmentRubric.Line(null, c.title(), c.maxPoints()))
            .toList();
    BigDecimal max;
    try {
      max = AssignmentRubric.total(rubric);
    } catch (AssignmentRubric.Problem p) {
      throw DomainException.invalid("rubric", p.getMessage());
    }
    if (form.passingPoints() == null
        || form.passingPoints().signum() < 0
        || form.passingPoints().compareTo(max) > 0) {
      throw DomainException.invalid(
          "passing",
          "Passing points must be between 0 and the rubric's total of "
              + max.stripTrailingZeros().toPlainString()
              + ".");
    }
    if (form.kind().wantsFile() && (form.fileTypes() == null || form.fileTypes().isEmpty())) {
      throw DomainException.invalid("fileTypes", "Choose at least one file type.");
    }
    Lesson lesson = em.find(Lesson.class, lessonId);
    try {
      lesson.rewrite(form.instructions());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("instructions", e.getMessage());
    }
    AssignmentSettings s = em.find(AssignmentSettings.class, lessonId);
    if (s == null) {
      s = new AssignmentSettings(lessonId);
      s.configure(form.kind(), types(form), rubric, form.passingPoints(), form.dueAt());
      em.persist(s);
    } else {
      s.configure(form.kind(), types(form), rubric, form.passingPoints(), form.dueAt());
    }
    em.flush();
    return setup(lessonId);
  }

  private static Set<com.azora.assessment.domain.SubmissionFileType> types(
      AssignmentSetupForm form) {
    return form.fileTypes() == null || form.fileTypes().isEmpty()
        ? EnumSet.noneOf(com.azora.assessment.domain.SubmissionFileType.class)
        : EnumSet.copyOf(form.fileTypes());
  }

  /** The assignment lesson of a course the caller teaches; 404 otherwise. */
  private AssignmentLessons.Ref mine(long lessonId) {
    return AssignmentLessons.find(em, lessonId)
        .filter(r -> AssignmentLessons.teaches(em, r.courseId(), CurrentUser.id()))
        .orElseThrow(() -> DomainException.notFound("No such assignment in your courses."));
  }
}
