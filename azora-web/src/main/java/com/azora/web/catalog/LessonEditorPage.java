package com.azora.web.catalog;

import com.azora.catalog.application.CatalogViews.LessonEdit;
import com.azora.catalog.application.CourseAuthoringService;
import com.azora.catalog.domain.LessonContent;
import com.azora.platform.error.DomainException;
import com.azora.platform.text.Markdown;
import com.azora.platform.text.SafeHtml;
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
  private String title;
  private String content;
  private String videoUrl;
  private int duration;
  private boolean required;
  private transient SafeHtml preview;

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
    LessonContent c = edit.content();
    title = c.title();
    content = c.content();
    videoUrl = c.videoUrl();
    duration = c.durationMinutes();
    required = c.required();
  }

  public void save() {
    try {
      authoring.editLesson(
          course,
          lesson,
          new LessonContent(title, edit.content().type(), content, videoUrl, duration, required));
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

  /** Renders the text as the player will show it (Markdown, sanitized), without saving. */
  public void renderPreview() {
    preview = Markdown.render(content);
  }

  public SafeHtml getPreview() {
    return preview;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public void setVideoUrl(String videoUrl) {
    this.videoUrl = videoUrl;
  }

  public int getDuration() {
    return duration;
  }

  public void setDuration(int duration) {
    this.duration = duration;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
