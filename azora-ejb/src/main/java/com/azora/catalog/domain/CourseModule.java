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

  @Column(nullable = false)
  private boolean locked;

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

  /**
   * Removes a lesson (with its quiz or assignment settings, by cascade) and closes the gap; only
   * while a draft, so no learner has progress in it.
   */
  public void removeLesson(long lessonId) {
    course.requireDraft("Lessons can be removed from a draft only.");
    if (!lessons.removeIf(l -> l.getId() != null && l.getId() == lessonId)) {
      throw new IllegalArgumentException("No such lesson in this module.");
    }
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).placeAt(i);
    }
  }

  /** Moves a lesson to {@code toIndex} (0-based) within this module; only while a draft. */
  public void moveLesson(long lessonId, int toIndex) {
    course.requireDraft("Lessons can be reordered in a draft only.");
    Lesson lesson =
        lessons.stream()
            .filter(l -> l.getId() != null && l.getId() == lessonId)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No such lesson in this module."));
    if (toIndex < 0 || toIndex >= lessons.size()) {
      throw new IllegalArgumentException("No such position in this module.");
    }
    lessons.remove(lesson);
    lessons.add(toIndex, lesson);
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).placeAt(i);
    }
  }

  /** Locks the module until the one before it is completed (no effect on the first module). */
  public void setLocked(boolean locked) {
    course.requireDraft("Module locks can be changed in a draft only.");
    this.locked = locked;
  }

  void placeAt(int position) {
    this.position = position;
  }

  public boolean isLocked() {
    return locked;
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
