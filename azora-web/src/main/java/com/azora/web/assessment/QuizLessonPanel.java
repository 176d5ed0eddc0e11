package com.azora.web.assessment;

import com.azora.assessment.application.QuizTakingService;
import com.azora.assessment.application.QuizViews.AttemptView;
import com.azora.assessment.application.QuizViews.QuizOverview;
import com.azora.platform.error.DomainException;
import com.azora.web.learning.LessonPage;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The quiz part of the lesson player: facts, my attempts, and "Start attempt". */
@Named
@ViewScoped
public class QuizLessonPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QuizTakingService taking;
  @Inject private LessonPage lessonPage;

  private QuizOverview overview;

  public QuizOverview getOverview() {
    if (overview == null) {
      overview = taking.overview(lessonPage.getId());
    }
    return overview;
  }

  public void start() {
    try {
      AttemptView attempt = taking.start(lessonPage.getId());
      Faces.redirect("/learn/quiz.xhtml?attempt=" + attempt.id());
    } catch (DomainException e) {
      overview = null;
      Faces.show(e, "quiz");
    }
  }
}
