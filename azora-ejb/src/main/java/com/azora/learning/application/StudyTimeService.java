package com.azora.learning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/** Time spent on lessons, credited by the lesson player's heartbeats and bounded here. */
@Stateless
@RequiresAuthentication
public class StudyTimeService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * Credits a heartbeat from the caller's lesson page: only for a lesson they may open (enrolled,
   * module not locked), at most the time since their previous beat and never more than a minute.
   * Returns the seconds credited.
   */
  public int heartbeat(long lessonId) {
    LessonAccess.Context ctx = LessonAccess.open(em, lessonId);
    return LessonTimes.beat(em, ctx.enrolment().getId(), lessonId, Instant.now(clock));
  }

  /** The page became visible again: restart the clock without crediting the time it was hidden. */
  public void resume(long lessonId) {
    LessonAccess.Context ctx = LessonAccess.open(em, lessonId);
    LessonTimes.start(em, ctx.enrolment().getId(), lessonId, Instant.now(clock));
  }
}
