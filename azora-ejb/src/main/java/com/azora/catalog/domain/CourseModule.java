package com.azora.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered section of a course holding ordered lessons; changed only through its course. */
@Entity
@Table(name = "course_module")
public class CourseModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected CourseModule() {}

  CourseModule(Course course, int position, String title) {
    if (title == null || title.isBlank() || title.strip().length() > 160) {
      throw new IllegalArgumentException("Give the module a title (up to 160 characters).");
    }
    this.course = course;
    this.position = position;
    this.title = title.strip();
  }

  /** Adds a lesson at the end; the course must still be a draft. */
  public Lesson addLesson(LessonContent content) {
    if (course.getStatus() != CourseStatus.DRAFT) {
      throw new IllegalStateException("Lessons can be added to a draft only.");
    }
    Lesson lesson = new Lesson(this, lessons.size(), content);
    lessons.add(lesson);
    return lesson;
  }

  Course course() {
    return course;
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

  public List<Lesson> getLessons() {
    return Collections.unmodifiableList(lessons);
  }
}
