package com.azora.web.assessment;

import com.azora.assessment.application.AssignmentAuthoringService;
import com.azora.assessment.application.AssignmentViews.AssignmentSetup;
import com.azora.assessment.application.AssignmentViews.AssignmentSetupForm;
import com.azora.assessment.application.AssignmentViews.CriterionLine;
import com.azora.assessment.domain.SubmissionFileType;
import com.azora.assessment.domain.SubmissionKind;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** An assignment's settings: instructions, what is handed in, rubric, passing points, due date. */
@Named
@ViewScoped
public class AssignmentSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AssignmentAuthoringService authoring;

  private long lesson;
  private AssignmentSetup setup;
  private String instructions;
  private SubmissionKind kind;
  private SubmissionFileType[] fileTypes = {};
  private final List<RubricRow> rows = new ArrayList<>();
  private BigDecimal passing;
  private LocalDateTime due;

  /** One editable rubric line. */
  public static class RubricRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private BigDecimal points;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public void setPoints(BigDecimal points) {
      this.points = points;
    }
  }

  public void load() throws IOException {
    if (setup != null) {
      return;
    }
    try {
      fill(authoring.setup(lesson));
    } catch (DomainException e) {
      FacesContext ctx = FacesContext.getCurrentInstance();
      ctx.getExternalContext().responseSendError(404, e.getMessage());
      ctx.responseComplete();
    }
  }

  private void fill(AssignmentSetup s) {
    setup = s;
    instructions = s.instructions();
    kind = s.kind();
    fileTypes =
        (s.configured() ? s.fileTypes() : EnumSet.of(SubmissionFileType.PDF))
            .toArray(SubmissionFileType[]::new);
    rows.clear();
    for (CriterionLine c : s.rubric()) {
      RubricRow r = new RubricRow();
      r.title = c.title();
      r.points = c.maxPoints();
      rows.add(r);
    }
    if (rows.isEmpty()) {
      rows.add(new RubricRow());
    }
    passing = s.configured() ? s.passingPoints() : null;
    due = s.dueAt() == null ? null : LocalDateTime.ofInstant(s.dueAt(), ZoneOffset.UTC);
  }

  public void addCriterion() {
    rows.add(new RubricRow());
  }

  public void removeCriterion(int index) {
    if (index >= 0 && index < rows.size() && rows.size() > 1) {
      rows.remove(index);
    }
  }

  public void save() {
    List<CriterionLine> rubric =
        rows.stream()
            .filter(r -> !(isBlank(r.title) && r.points == null))
            .map(r -> new CriterionLine(null, r.title, r.points))
            .toList();
    AssignmentSetupForm form =
        new AssignmentSetupForm(
            instructions,
            kind,
            fileTypes == null || fileTypes.length == 0
                ? EnumSet.noneOf(SubmissionFileType.class)
                : EnumSet.copyOf(List.of(fileTypes)),
            rubric,
            passing,
            due == null ? null : due.toInstant(ZoneOffset.UTC));
    try {
      fill(authoring.save(lesson, form));
      Faces.info("Assignment settings saved.");
    } catch (DomainException e) {
      Faces.show(e, "settings");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public SubmissionKind[] getKinds() {
    return SubmissionKind.values();
  }

  public SubmissionFileType[] getAllFileTypes() {
    return SubmissionFileType.values();
  }

  public AssignmentSetup getSetup() {
    return setup;
  }

  public long getLesson() {
    return lesson;
  }

  public void setLesson(long lesson) {
    this.lesson = lesson;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public SubmissionKind getKind() {
    return kind;
  }

  public void setKind(SubmissionKind kind) {
    this.kind = kind;
  }

  public SubmissionFileType[] getFileTypes() {
    return fileTypes.clone();
  }

  public void setFileTypes(SubmissionFileType[] fileTypes) {
    this.fileTypes = fileTypes == null ? new SubmissionFileType[0] : fileTypes.clone();
  }

  public List<RubricRow> getRows() {
    return rows;
  }

  public BigDecimal getPassing() {
    return passing;
  }

  public void setPassing(BigDecimal passing) {
    this.passing = passing;
  }

  public LocalDateTime getDue() {
    return due;
  }

  public void setDue(LocalDateTime due) {
    this.due = due;
  }
}
