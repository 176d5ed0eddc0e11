package com.azora.web.catalog;

import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.LessonType;
import com.azora.platform.text.Markdown;
import com.azora.platform.text.SafeHtml;
import java.io.Serializable;

/**
 * What an author types for a lesson, shared by adding one in the course editor and editing one in
 * the lesson editor (WEB-INF/includes/teach/lesson-fields.xhtml), with the Markdown preview.
 */
public class LessonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String content;
  private String videoUrl;
  private int duration;
  private boolean required;
  private transient SafeHtml preview;

  public LessonForm(int duration, boolean required) {
    this.duration = duration;
    this.required = required;
  }

  /** The form filled with a lesson as stored. */
  static LessonForm of(LessonContent c) {
    LessonForm form = new LessonForm(c.durationMinutes(), c.required());
    form.title = c.title();
    form.content = c.content();
    form.videoUrl = c.videoUrl();
    return form;
  }

  LessonContent toContent(LessonType type) {
    return new LessonContent(title, type, content, videoUrl, duration, required);
  }

  /** Empties the text fields after a lesson was added; minutes and required stay for the next. */
  void clearText() {
    title = null;
    content = null;
    videoUrl = null;
    preview = null;
  }

  /** Renders the text as the player will show it (Markdown, sanitized), without saving. */
  public void renderPreview() {
    preview = Markdown.render(content);
  }

  /** The last preview; null before the first. */
  public SafeHtml getPreview() {
    return preview;
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
