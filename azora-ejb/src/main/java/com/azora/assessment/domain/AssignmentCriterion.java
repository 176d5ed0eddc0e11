package com.azora.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One rubric line of an assignment. */
@Entity
@Table(name = "assignment_criterion")
public class AssignmentCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private AssignmentSettings settings;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(name = "max_points", nullable = false)
  private BigDecimal maxPoints;

  protected AssignmentCriterion() {}

  AssignmentCriterion(
      AssignmentSettings settings, int position, String title, BigDecimal maxPoints) {
    this.settings = settings;
    this.position = position;
    this.title = title;
    this.maxPoints = maxPoints;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }
}
