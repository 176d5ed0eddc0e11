package com.azora.web.learning;

import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.LessonView;
import com.azora.platform.error.DomainException;
import com.azora.platform.text.Markdown;
import com.azora.platform.text.SafeHtml;
import com.azora.platform.text.VideoEmbed;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The lesson player: content, previous/next, and "mark complete". */
@Named
@ViewScoped
public class LessonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LearningService learning;

  private long id;
  private LessonView lesson;
  private String refusal;
  private transient SafeHtml content;

  public void load() throws IOException {
    if (lesson != null) {
      return;
    }
    try {
      lesson = learning.open(id);
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.FORBIDDEN) {
        // A locked module: the learner is enrolled, so say why the lesson does not open yet.
        refusal = e.getMessage();
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        return;
      }
      Faces.notFound(e.getMessage());
    }
  }

  public void complete() {
    try {
      lesson = learning.complete(id);
      content = null;
      Faces.info(
          lesson.courseCompleted()
              ? "Lesson done — and the whole course is complete. Well done!"
              : "Lesson marked complete.");
    } catch (DomainException e) {
      Faces.show(e, "player");
    }
  }

  public String getRefusal() {
    return refusal;
  }

  public LessonView getLesson() {
    return lesson;
  }

  /** The reading text or video transcript, rendered from Markdown and sanitized. */
  public SafeHtml getContent() {
    if (content == null && lesson != null) {
      content = Markdown.render(lesson.content());
    }
    return content;
  }

  /** The embedded player for an allow-listed video address; null means "show a link". */
  public VideoEmbed getVideo() {
    return lesson == null ? null : VideoEmbed.of(lesson.videoUrl()).orElse(null);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
