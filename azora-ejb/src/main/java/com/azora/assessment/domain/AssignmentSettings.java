package com.azora.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How an ASSIGNMENT lesson is handed in and graded: kind, file types, rubric, points, due date. */
@Entity
@Table(name = "assignment_settings")
public class AssignmentSettings {

  @Id
  @Column(name = "lesson_id")
  private Long lessonId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubmissionKind kind;

  @Column(name = "file_types", nullable = false)
  private String fileTypes;

  @Column(name = "max_points", nullable = false)
  private BigDecimal maxPoints;

  @Column(name = "passing_points", nullable = false)
  private BigDecimal passingPoints;

  @Column(name = "due_at")
  private Instant dueAt;

  @Version private long version;

  @OneToMany(mappedBy = "settings", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AssignmentCriterion> criteria = new ArrayList<>();

  protected AssignmentSettings() {}

  public AssignmentSettings(long lessonId) {
    this.lessonId = lessonId;
  }

  /** Replaces every setting at once; the rubric's total becomes the maximum. */
  public void configure(
      SubmissionKind kind,
      Set<SubmissionFileType> types,
      List<AssignmentRubric.Line> rubric,
      BigDecimal passing,
      Instant dueAt) {
    BigDecimal max = AssignmentRubric.total(rubric);
    AssignmentRubric.checkPassing(passing, max);
    if (kind.wantsFile() && types.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one file type.");
    }
    this.kind = kind;
    this.fileTypes =
        kind.wantsFile()
            ? EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","))
            : "";
    this.maxPoints = max;
    this.passingPoints = passing;
    this.dueAt = dueAt;
    criteria.clear();
    for (int i = 0; i < rubric.size(); i++) {
      AssignmentRubric.Line l = rubric.get(i);
      criteria.add(new AssignmentCriterion(this, i, l.title().strip(), l.maxPoints()));
    }
  }

  public Long getLessonId() {
    return lessonId;
  }

  public SubmissionKind getKind() {
    return kind;
  }

  public Set<SubmissionFileType> getFileTypes() {
    if (fileTypes == null || fileTypes.isEmpty()) {
      return Collections.emptySet();
    }
    return Arrays.stream(fileTypes.split(","))
        .map(SubmissionFileType::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SubmissionFileType.class)));
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public BigDecimal getPassingPoints() {
    return passingPoints;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public List<AssignmentCriterion> getCriteria() {
    return Collections.unmodifiableList(criteria);
  }

  public List<AssignmentRubric.Line> rubric() {
    return criteria.stream()
        .map(c -> new AssignmentRubric.Line(c.getId(), c.getTitle(), c.getMaxPoints()))
        .toList();
  }
}
