package com.azora.learning.application;

import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.Lesson;
import com.azora.learning.application.LearningViews.CourseProgress;
import com.azora.learning.application.LearningViews.LessonView;
import com.azora.learning.application.LearningViews.MyCourse;
import com.azora.learning.domain.Enrolment;
import com.azora.learning.domain.Progress;
import com.azora.learning.infrastructure.LearningEvents;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.subscription.application.Features;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/** Enrolment, "my courses", and the lesson player, for the signed-in student. */
@Stateless
@RequiresAuthentication
public class LearningService {

  @PersistenceContext private EntityManager em;
  @Inject private LearningEvents events;
  @Inject private LessonCompletion completion;
  @Inject private Clock clock;
  @Inject private Features features;

  /**
   * Enrols the caller in a free published course whose prerequisites they completed; enrolling
   * twice changes nothing (an archived course still opens for those already enrolled). Returns the
   * lesson to start with.
   */
  public long enrol(String slug) {
    Course c =
        em.createQuery(
                "select c from Course c where c.slug = :s and c.status in :visible", Course.class)
            .setParameter("s", slug)
            .setParameter("visible", List.of(CourseStatus.PUBLISHED, CourseStatus.ARCHIVED))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("No such course in the catalog."));
    return enrolIn(c);
  }

  /** The same, by course id (the API's address for a course). */
  public long enrol(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null
        || (c.getStatus() != CourseStatus.PUBLISHED && c.getStatus() != CourseStatus.ARCHIVED)) {
      throw DomainException.notFound("No such course in the catalog.");
    }
    return enrolIn(c);
  }

  private long enrolIn(Course c) {
    long me = CurrentUser.id();
    Enrolment e = LessonAccess.find(em, me, c.getId()).orElse(null);
    if (e == null) {
      if (c.getStatus() == CourseStatus.ARCHIVED) {
        throw DomainException.conflict(
            null, "This course is archived: it takes no new enrolments.");
      }
      // A premium course is free for subscribers whose tier includes it, and closed to others.
      boolean inPlan = features.includedInPlan(me, c.getId());
      if (!inPlan && c.getPrice().signum() > 0) {
        throw DomainException.conflict(null, "This course is paid: buy it on its checkout page.");
      }
      List<String> missing = missingPrerequisites(me, c);
      if (!missing.isEmpty()) {
        throw DomainException.conflict(
            null,
            "This course requires "
                + String.join(", ", missing)
                + " first: complete "
                + (missing.size() == 1 ? "it" : "them")
                + ", then enrol.");
      }
      // The unique (user, course) key makes a concurrent second enrolment fail instead of doubling.
      e = new Enrolment(me, c.getId(), Instant.now(clock));
      em.persist(e);
      em.flush();
      events.record(LearningEvents.Type.ENROLMENT_CREATED, me, c.getId(), null);
    }
    CourseOutline outline = CourseOutline.load(em, c.getId());
    Long next = Progress.nextLesson(e.getCompletedLessonIds(), outline.ids());
    if (next == null) {
      throw DomainException.conflict(null, "This course has no lessons yet.");
    }
    return next;
  }

  /** Titles (quoted) of the courses {@code c} requires that the user has not completed. */
  private List<String> missingPrerequisites(long userId, Course c) {
    if (c.getPrerequisiteIds().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r.title from Course r where r.id in :required and r.id not in"
                + " (select e.courseId from Enrolment e where e.userId = :me and e.status = :done)"
                + " order by lower(r.title)",
            String.class)
        .setParameter("required", c.getPrerequisiteIds())
        .setParameter("me", userId)
        .setParameter("done", Enrolment.Status.COMPLETED)
        .getResultStream()
        .map(t -> "“" + t + "”")
        .toList();
  }

  /** "My courses": progress and the lesson to continue with, in {@link #progress()}'s queries. */
  public List<MyCourse> myCourses() {
    return progress().stream()
        .map(
            p ->
                new MyCourse(
                    p.courseId(),
                    p.slug(),
                    p.title(),
                    p.status(),
                    p.percent(),
                    p.continueLessonId(),
                    p.secondsSpent()))
        .toList();
  }

  /**
   * The caller's enrolments with lesson counts; a fixed number of queries whatever the number of
   * courses: enrolments, courses, lesson ids, time spent.
   */
  public List<CourseProgress> progress() {
    long me = CurrentUser.id();
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e where e.userId = :me and e.status <> :revoked"
                    + " order by e.enrolledAt desc",
                Enrolment.class)
            .setParameter("me", me)
            .setParameter("revoked", Enrolment.Status.REVOKED)
            .setHint("eclipselink.batch", "e.completedLessonIds")
            .setHint("eclipselink.batch.type", "IN")
            .getResultList();
    if (enrolments.isEmpty()) {
      return List.of();
    }
    List<Long> courseIds = enrolments.stream().map(Enrolment::getCourseId).toList();
    Map<Long, Object[]> courses =
        em.createQuery(
                "select c.id, c.slug, c.title from Course c where c.id in :ids", Object[].class)
            .setParameter("ids", courseIds)
            .getResultStream()
            .collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
    Map<Long, List<Long>> lessonIds =
        em.createQuery(
                "select m.course.id, l.id from CourseModule m join m.lessons l"
                    + " where m.course.id in :ids order by m.position, l.position",
                Object[].class)
            .setParameter("ids", courseIds)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toList())));
    Map<Long, Long> seconds =
        LessonTimes.totals(em, enrolments.stream().map(Enrolment::getId).toList());
    return enrolments.stream()
        .map(
            e -> {
              Object[] c = courses.get(e.getCourseId());
              List<Long> ids = lessonIds.getOrDefault(e.getCourseId(), List.of());
              Set<Long> done = e.getCompletedLessonIds();
              return new CourseProgress(
                  e.getCourseId(),
                  (String) c[1],
                  (String) c[2],
                  e.getStatus(),
                  Progress.percent(done, ids),
                  (int) ids.stream().filter(done::contains).count(),
                  ids.size(),
                  e.getCompletedAt(),
                  Progress.nextLesson(done, ids),
                  seconds.getOrDefault(e.getId(), 0L));
            })
        .toList();
  }

  /** Opens a lesson of a course the caller is enrolled in, remembering it for "continue". */
  public LessonView open(long lessonId) {
    LessonAccess.Context ctx = LessonAccess.open(em, lessonId);
    ctx.enrolment().visit(lessonId);
    LessonTimes.start(em, ctx.enrolment().getId(), lessonId, Instant.now(clock));
    return view(ctx);
  }

  /** Marks a lesson done; completes the course once all required lessons are done. */
  public LessonView complete(long lessonId) {
    LessonAccess.Context ctx = LessonAccess.open(em, lessonId);
    if (ctx.lesson().getType() != com.azora.catalog.domain.LessonType.READING
        && ctx.lesson().getType() != com.azora.catalog.domain.LessonType.VIDEO) {
      throw DomainException.conflict(null, "This lesson is completed by its quiz or assignment.");
    }
    completion.complete(ctx.enrolment().getUserId(), lessonId, null);
    return view(ctx);
  }

  private LessonView view(LessonAccess.Context ctx) {
    int i = ctx.outline().indexOf(ctx.lesson().getId());
    List<Lesson> lessons = ctx.outline().lessons();
    return new LessonView(
        ctx.lesson().getId(),
        ctx.lesson().getTitle(),
        ctx.lesson().getType(),
        ctx.lesson().getContent(),
        ctx.lesson().getVideoUrl(),
        ctx.lesson().getDurationMinutes(),
        ctx.course().getTitle(),
        ctx.course().getSlug(),
        ctx.outline().modules().get(i).getTitle(),
        i > 0 ? lessons.get(i - 1).getId() : null,
        i < lessons.size() - 1 ? lessons.get(i + 1).getId() : null,
        ctx.enrolment().getCompletedLessonIds().contains(ctx.lesson().getId()),
        Progress.percent(ctx.enrolment().getCompletedLessonIds(), ctx.outline().ids()),
        ctx.enrolment().getStatus() == Enrolment.Status.COMPLETED,
        ctx.course().getStatus() == CourseStatus.ARCHIVED);
  }
}
