package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.LessonEdit;
import com.azora.catalog.application.CourseAuthoringService;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Edits one lesson of a draft course (text with a Markdown preview), or removes it. */
@Named
@ViewScoped
public class LessonEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CourseAuthoringService authoring;

  private long course;
  private long lesson;
  private LessonEdit edit;
  private LessonForm form;

  public void load() {
    if (edit != null) {
      return;
    }
    try {
      edit = authoring.lesson(course, lesson);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
      return;
    }
    form = LessonForm.of(edit.content());
  }

  public void save() {
    try {
      authoring.editLesson(course, lesson, form.toContent(edit.content().type()));
      edit = authoring.lesson(course, lesson);
      Faces.info("Lesson saved.");
    } catch (DomainException e) {
      Faces.show(e, "lessonEdit");
    }
  }

  public String remove() {
    try {
      authoring.removeLesson(course, lesson);
      Faces.info("Lesson removed.");
      Faces.keepMessages();
      return "/teach/course?faces-redirect=true&id=" + course;
    } catch (DomainException e) {
      Faces.show(e, "removeForm");
      return null;
    }
  }

  public LessonEdit getEdit() {
    return edit;
  }

  public long getCourse() {
    return course;
  }

  public void setCourse(long course) {
    this.course = course;
  }

  public long getLesson() {
    return lesson;
  }

  public void setLesson(long lesson) {
    this.lesson = lesson;
  }

  public LessonForm getForm() {
    return form;
  }
}
