package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.AuthoredCourse;
import com.azora.catalog.application.CatalogViews.CourseEditor;
import com.azora.catalog.application.CatalogViews.InstructorLine;
import com.azora.catalog.application.CatalogViews.LessonEdit;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseDetails;
import com.azora.catalog.domain.CourseModule;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.Lesson;
import com.azora.catalog.domain.LessonContent;
import com.azora.catalog.domain.Slugs;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Educators write courses: details, modules and lessons, then submit them for review. */
@Stateless
@RequiresPermissions(Permissions.COURSES_AUTHOR)
public class CourseAuthoringService {

  @PersistenceContext private EntityManager em;

  @Inject private Event<CatalogChanged> catalogChanged;

  @Inject private Clock clock;

  public List<AuthoredCourse> myCourses() {
    return em
        .createQuery(
            "select c from Course c where :me member of c.instructorIds order by c.updatedAt desc",
            Course.class)
        .setParameter("me", CurrentUser.id())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(
            c ->
                new AuthoredCourse(
                    c.getId(),
                    c.getSlug(),
                    c.getTitle(),
                    c.getStatus(),
                    c.getReviewNote(),
                    c.getPublishedAt() != null ? c.getPublishedAt() : c.getSubmittedAt()))
        .toList();
  }

  /** Creates a draft with the caller as its instructor; returns its id. */
  public long create(CourseDetails details) {
    check(details);
    Course c = new Course(freeSlug(details.title()), details, CurrentUser.id(), Instant.now(clock));
    em.persist(c);
    em.flush();
    return c.getId();
  }

  public CourseEditor editor(long courseId) {
    Course c = mine(courseId);
    CourseDetails d =
        new CourseDetails(
            c.getTitle(),
            c.getSummary(),
            c.getDescription(),
            c.getCategory(),
            c.getLevel(),
            c.getLanguage(),
            c.getEstimatedHours(),
            c.getPrice(),
            c.getCurrency());
    String sha =
        em.createQuery(
                "select t.sha256 from CourseThumbnail t where t.courseId = :id", String.class)
            .setParameter("id", courseId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new CourseEditor(
        c.getId(),
        c.getSlug(),
        c.getStatus(),
        c.getReviewNote(),
        d,
        Syllabus.load(em, c.getId()),
        instructors(c),
        CourseRefs.of(em, c.getPrerequisiteIds()),
        CatalogViews.CourseCard.thumbnailUrl(c.getId(), sha),
        c.isPremium());
  }

  private List<InstructorLine> instructors(Course c) {
    return em.createQuery(
            "select u.id, u.displayName, u.email from UserAccount u where u.id in :ids"
                + " order by u.displayName",
            Object[].class)
        .setParameter("ids", c.getInstructorIds())
        .getResultStream()
        .map(r -> new InstructorLine((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  public void update(long courseId, CourseDetails details) {
    check(details);
    Course c = mine(courseId);
    inState(() -> c.edit(details, Instant.now(clock)));
  }

  public void addModule(long courseId, String title) {
    Course c = mine(courseId);
    inState(() -> c.addModule(title, Instant.now(clock)), "moduleTitle");
  }

  public void addLesson(long courseId, long moduleId, LessonContent content) {
    CourseDetails.FieldProblem problem = content.problem();
    if (problem != null) {
      throw DomainException.invalid(problem.field(), problem.message());
    }
    Course c = mine(courseId);
    inState(() -> c.module(moduleId).addLesson(content));
  }

  /** Moves a module to a 0-based position (drag and drop or the up/down buttons). */
  public void moveModule(long courseId, long moduleId, int toIndex) {
    Course c = mine(courseId);
    inState(() -> c.moveModule(moduleId, toIndex));
  }

  /** Moves a lesson to a 0-based position within its module. */
  public void moveLesson(long courseId, long lessonId, int toIndex) {
    CourseModule m = moduleOf(mine(courseId), lessonId);
    inState(() -> m.moveLesson(lessonId, toIndex));
  }

  /** A lesson as its author entered it, for the lesson editor. */
  public LessonEdit lesson(long courseId, long lessonId) {
    Course c = mine(courseId);
    Lesson l = lessonOf(moduleOf(c, lessonId), lessonId);
    return new LessonEdit(
        c.getId(), c.getTitle(), l.getId(), c.getStatus() == CourseStatus.DRAFT, l.content());
  }

  /** Changes a lesson's title, text, video, minutes and required flag (its type stays). */
  public void editLesson(long courseId, long lessonId, LessonContent content) {
    CourseDetails.FieldProblem problem = content.problem();
    if (problem != null) {
      throw DomainException.invalid(problem.field(), problem.message());
    }
    Lesson l = lessonOf(moduleOf(mine(courseId), lessonId), lessonId);
    inState(() -> l.revise(content));
  }

  /** Removes a lesson from a draft, with its quiz or assignment settings. */
  public void removeLesson(long courseId, long lessonId) {
    CourseModule m = moduleOf(mine(courseId), lessonId);
    inState(() -> m.removeLesson(lessonId));
  }

  private static CourseModule moduleOf(Course c, long lessonId) {
    return c.getModules().stream()
        .filter(m -> m.getLessons().stream().anyMatch(l -> is(l, lessonId)))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("No such lesson in this course."));
  }

  private static Lesson lessonOf(CourseModule m, long lessonId) {
    return m.getLessons().stream().filter(l -> is(l, lessonId)).findFirst().orElseThrow();
  }

  private static boolean is(Lesson l, long lessonId) {
    return l.getId() != null && l.getId() == lessonId;
  }

  /** Locks a module until the previous one is completed, or unlocks it. */
  public void setModuleLocked(long courseId, long moduleId, boolean locked) {
    Course c = mine(courseId);
    inState(() -> c.module(moduleId).setLocked(locked));
  }

  /**
   * Marks the caller's draft premium (open only to subscribers whose plan includes premium courses)
   * or not; once submitted, only an admin changes it.
   */
  public void setPremium(long courseId, boolean premium) {
    Course c = mine(courseId);
    if (c.getStatus() != CourseStatus.DRAFT) {
      throw DomainException.conflict(
          "premium", "Only a draft's instructors set premium; ask an admin to change it now.");
    }
    c.setPremium(premium);
  }

  /** Takes a published course out of the catalog; its enrolled students keep reading it. */
  public void archive(long courseId) {
    Course c = mine(courseId);
    inState(() -> c.archive(Instant.now(clock)));
    catalogChanged.fire(new CatalogChanged(courseId));
  }

  public void submitForReview(long courseId) {
    Course c = mine(courseId);
    inState(() -> c.submitForReview(Instant.now(clock)));
  }

  private Course mine(long courseId) {
    return AuthoredCourses.mine(em, courseId);
  }

  private static void check(CourseDetails details) {
    CourseDetails.FieldProblem p = details.problem();
    if (p != null) {
      throw DomainException.invalid(p.field(), p.message());
    }
  }

  static void inState(Runnable change) {
    inState(change, null);
  }

  /** Rule violations of the aggregate become readable conflicts (or field errors). */
  static void inState(Runnable change, String field) {
    try {
      change.run();
    } catch (IllegalStateException e) {
      throw DomainException.conflict(null, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, e.getMessage());
    }
  }

  private String freeSlug(String title) {
    String base = Slugs.of(title);
    String slug = base;
    for (int n = 2; taken(slug); n++) {
      slug = Slugs.numbered(base, n);
    }
    return slug;
  }

  private boolean taken(String slug) {
    return em.createQuery("select count(c) from Course c where c.slug = :s", Long.class)
            .setParameter("s", slug)
            .getSingleResult()
        > 0;
  }
}
