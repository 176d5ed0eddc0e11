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

  /** Open only to subscribers whose tier includes premium courses (checked at enrolment). */
  @Column(nullable = false)
  private boolean premium;

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

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "course_instructor", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "user_id")
  private Set<Long> instructorIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "required_course_id")
  private Set<Long> prerequisiteIds = new HashSet<>();

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

  /** Takes a published course out of the catalog; enrolled students keep reading it. */
  public void archive(Instant now) {
    requireStatus(CourseStatus.PUBLISHED, "Only a published course can be archived.");
    status = CourseStatus.ARCHIVED;
    archivedAt = now;
    updatedAt = now;
  }

  /** Adds a co-instructor; returns false when they already teach it. */
  public boolean addInstructor(long userId) {
    return instructorIds.add(userId);
  }

  /** Removes an instructor; a course always keeps at least one. */
  public void removeInstructor(long userId) {
    if (!instructorIds.contains(userId)) {
      throw new IllegalArgumentException("This person does not teach the course.");
    }
    if (instructorIds.size() == 1) {
      throw new IllegalStateException("A course keeps at least one instructor.");
    }
    instructorIds.remove(userId);
  }

  /** Moves a module to {@code toIndex} (0-based), renumbering all; only while a draft. */
  public void moveModule(long moduleId, int toIndex) {
    requireStatus(CourseStatus.DRAFT, "Modules can be reordered in a draft only.");
    CourseModule m = module(moduleId);
    if (toIndex < 0 || toIndex >= modules.size()) {
      throw new IllegalArgumentException("No such position in this course.");
    }
    modules.remove(m);
    modules.add(toIndex, m);
    for (int i = 0; i < modules.size(); i++) {
      modules.get(i).placeAt(i);
    }
  }

  /** Makes the course require {@code requiredId}; the caller checked it exists and is no cycle. */
  public boolean require(long requiredId) {
    requireStatus(CourseStatus.DRAFT, "Prerequisites can be changed in a draft only.");
    if (id != null && id == requiredId) {
      throw new IllegalArgumentException("A course cannot require itself.");
    }
    return prerequisiteIds.add(requiredId);
  }

  public void dropPrerequisite(long requiredId) {
    requireStatus(CourseStatus.DRAFT, "Prerequisites can be changed in a draft only.");
    prerequisiteIds.remove(requiredId);
  }

  /** Status check for changes made through a module or lesson of this course. */
  void requireDraft(String message) {
    requireStatus(CourseStatus.DRAFT, message);
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

  public boolean isPremium() {
    return premium;
  }

  public void setPremium(boolean premium) {
    this.premium = premium;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public Set<Long> getPrerequisiteIds() {
    return Collections.unmodifiableSet(prerequisiteIds);
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
