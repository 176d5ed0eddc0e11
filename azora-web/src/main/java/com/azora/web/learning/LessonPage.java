package com.azora.web.learning;

import com.azora.learning.application.LearningService;
import com.azora.learning.application.LearningViews.LessonView;
import com.azora.platform.error.DomainException;
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

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
