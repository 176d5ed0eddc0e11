package com.azora.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One lesson of a module. */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "module_id")
  private CourseModule module;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LessonType type;

  @Column(nullable = false)
  private String content;

  @Column(name = "video_url")
  private String videoUrl;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false)
  private boolean required;

  protected Lesson() {}

  Lesson(CourseModule module, int position, LessonContent c) {
    CourseDetails.FieldProblem problem = c.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem.message());
    }
    this.module = module;
    this.position = position;
    this.title = c.title();
    this.type = c.type();
    this.content = c.content();
    this.videoUrl = c.videoUrl();
    this.durationMinutes = c.durationMinutes();
    this.required = c.required();
  }

  void placeAt(int position) {
    this.position = position;
  }

  /**
   * Changes what an author entered (title, text, video, minutes, required); the kind of lesson
   * stays, since quizzes and assignments hang off it. The course must be a draft.
   */
  public void revise(LessonContent c) {
    module.course().requireDraft("Only a draft course's lessons can be changed.");
    if (c.type() != type) {
      throw new IllegalArgumentException("A lesson keeps its type; add a new lesson instead.");
    }
    CourseDetails.FieldProblem problem = c.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem.message());
    }
    this.title = c.title();
    this.content = c.content();
    this.videoUrl = c.videoUrl();
    this.durationMinutes = c.durationMinutes();
    this.required = c.required();
  }

  /** What an author entered, for the lesson editor. */
  public LessonContent content() {
    return new LessonContent(title, type, content, videoUrl, durationMinutes, required);
  }

  /** Replaces the lesson's text (an assignment's instructions); the course must be a draft. */
  public void rewrite(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() > 100_000) {
      throw new IllegalArgumentException("Keep the lesson text under 100,000 characters.");
    }
    if (module.course().getStatus() != CourseStatus.DRAFT) {
      throw new IllegalStateException("Only a draft course's lessons can be changed.");
    }
    this.content = t;
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

  public LessonType getType() {
    return type;
  }

  public String getContent() {
    return content;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public boolean isRequired() {
    return required;
  }
}
