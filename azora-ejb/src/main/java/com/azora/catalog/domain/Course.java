package com.azora.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A course: the aggregate root of its modules and lessons, guarding the review workflow. */
@Entity
@Table(name = "course")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary = "";

  @Column(nullable = false)
  private String description = "";

  @Column(nullable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseLevel level = CourseLevel.BEGINNER;

  @Column(nullable = false)
  private String language = "en";

  @Column(name = "estimated_hours", nullable = false)
  private BigDecimal estimatedHours = BigDecimal.ZERO;

  @Column(nullable = false)
  private BigDecimal price = BigDecimal.ZERO;

  @Column(nullable = false, columnDefinition = "bpchar")
  private String currency = "USD";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseStatus status = CourseStatus.DRAFT;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "created_by", nullable = false, updatable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_instructor", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "user_id")
  private Set<Long> instructorIds = new HashSet<>();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseModule> modules = new ArrayList<>();

  protected Course() {}

  public Course(String slug, CourseDetails details, long authorId, Instant now) {
    this.slug = Objects.requireNonNull(slug);
    this.createdBy = authorId;
    this.createdAt = now;
    this.instructorIds.add(authorId);
    apply(details, now);
  }

  /** Changes the descriptive fields; only while the course is a draft. */
  public void edit(CourseDetails details, Instant now) {
    requireStatus(CourseStatus.DRAFT, "Only a draft can be edited.");
    apply(details, now);
  }

  private void apply(CourseDetails d, Instant now) {
    this.title = d.title();
    this.summary = d.summary();
    this.description = d.description();
    this.category = d.category();
    this.level = d.level();
    this.language = d.language();
    this.estimatedHours = d.estimatedHours();
    this.price = d.price();
    this.currency = d.currency();
    this.updatedAt = now;
  }

  public CourseModule addModule(String moduleTitle, Instant now) {
    requireStatus(CourseStatus.DRAFT, "Modules can be added to a draft only.");
    CourseModule m = new CourseModule(this, modules.size(), moduleTitle);
    modules.add(m);
    updatedAt = now;
    return m;
  }

  /** Sends the draft to an admin; it needs at least one lesson to be worth reviewing. */
  public void submitForReview(Instant now) {
    requireStatus(CourseStatus.DRAFT, "Only a draft can be submitted.");
    if (modules.stream().allMatch(m -> m.getLessons().isEmpty())) {
      throw new IllegalStateException("Add at least one lesson before submitting.");
    }
    status = CourseStatus.IN_REVIEW;
    submittedAt = now;
    reviewNote = null;
  }

  public void approve(String note, Instant now) {
    requireStatus(CourseStatus.IN_REVIEW, "Only a course in review can be approved.");
    status = CourseStatus.PUBLISHED;
    publishedAt = now;
    reviewNote = note;
  }

  /** Returns the course to its authors as a draft, with the reason. */
  public void reject(String reason, Instant now) {
    requireStatus(CourseStatus.IN_REVIEW, "Only a course in review can be rejected.");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A rejection needs a reason.");
    }
    status = CourseStatus.DRAFT;
    reviewNote = reason.strip();
    updatedAt = now;
  }

  public boolean isInstructor(long userId) {
    return instructorIds.contains(userId);
  }

  private void requireStatus(CourseStatus expected, String message) {
    if (status != expected) {
      throw new IllegalStateException(message);
    }
  }

  public void markDemo() {
    demo = true;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescription() {
    return description;
  }

  public String getCategory() {
    return category;
  }

  public CourseLevel getLevel() {
    return level;
  }

  public String getLanguage() {
    return language;
  }

  public BigDecimal getEstimatedHours() {
    return estimatedHours;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Set<Long> getInstructorIds() {
    return Collections.unmodifiableSet(instructorIds);
  }

  public List<CourseModule> getModules() {
    return Collections.unmodifiableList(modules);
  }

  public CourseModule module(long moduleId) {
    return modules.stream()
        .filter(m -> m.getId() != null && m.getId() == moduleId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such module in this course."));
  }
}
