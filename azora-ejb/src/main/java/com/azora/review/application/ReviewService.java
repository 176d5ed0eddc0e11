package com.azora.review.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.catalog.application.CatalogChanged;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseStatus;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import com.azora.review.application.ReviewViews.InstructorReviews;
import com.azora.review.application.ReviewViews.MyReview;
import com.azora.review.application.ReviewViews.RatingSummary;
import com.azora.review.application.ReviewViews.ReviewLine;
import com.azora.review.application.ReviewViews.StarCount;
import com.azora.review.domain.CourseReview;
import com.azora.review.domain.ReviewRules;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Ratings and reviews. Anyone reads a published course's summary and reviews; a student with a live
 * enrolment and at least one completed lesson writes one review per course and edits it; the
 * course's instructors reply. Totals on {@code course} are maintained by triggers in the same
 * transaction.
 */
@Stateless
public class ReviewService {

  static final String NOT_SIGNED_UP = "Enrol in this course to rate and review it.";
  static final String NO_LESSON_DONE =
      "Complete at least one lesson of this course before you rate and review it.";
  static final String ALREADY_REVIEWED =
      "You have already reviewed this course: edit your review instead.";

  @PersistenceContext private EntityManager em;

  @Inject private Event<CatalogChanged> catalogChanged;

  @Inject private Clock clock;

  /** A published course's rating count, average and star distribution. */
  @Anonymous
  public RatingSummary summary(long courseId) {
    return summaryOf(courseId);
  }

  /** One page of a published course's reviews, newest first, with replies. */
  @Anonymous
  public PageResult<ReviewLine> reviews(long courseId, int first, int pageSize) {
    Course c = em.find(Course.class, courseId);
    if (c == null || c.getStatus() != CourseStatus.PUBLISHED) {
      return new PageResult<>(List.of(), 0);
    }
    return page(courseId, first, pageSize);
  }

  /** The caller's review of a course (by slug), or why they may not write one. */
  @RequiresAuthentication
  public MyReview mine(String slug) {
    Course c = readable(slug);
    long me = CurrentUser.id();
    Optional<CourseReview> existing = find(c.getId(), me);
    String refusal = existing.isPresent() ? null : refusal(c.getId(), me);
    return new MyReview(
        c.getId(),
        c.getSlug(),
        c.getTitle(),
        refusal,
        existing.map(CourseReview::getId).orElse(null),
        existing.map(CourseReview::getRating).orElse(null),
        existing.map(CourseReview::getBody).orElse(""),
        existing.map(CourseReview::getReply).orElse(null));
  }

  /** Writes the caller's first review of a course; a second one is refused. */
  @RequiresAuthentication
  public long create(String slug, Integer rating, String body) {
    check(rating, body);
    Course c = readable(slug);
    long me = CurrentUser.id();
    if (find(c.getId(), me).isPresent()) {
      throw DomainException.conflict(null, ALREADY_REVIEWED);
    }
    String refusal = refusal(c.getId(), me);
    if (refusal != null) {
      throw DomainException.forbidden(refusal);
    }
    CourseReview review = new CourseReview(c.getId(), me, rating, body, Instant.now(clock));
    try {
      em.persist(review);
      em.flush();
    } catch (PersistenceException e) {
      // A concurrent first review of the same course by the same student hit the unique key.
      throw DomainException.conflict(null, ALREADY_REVIEWED);
    }
    catalogChanged.fire(new CatalogChanged(c.getId()));
    return review.getId();
  }

  /** The author edits their review; anyone else's review is "not found". */
  @RequiresAuthentication
  public void edit(long reviewId, Integer rating, String body) {
    check(rating, body);
    CourseReview review = em.find(CourseReview.class, reviewId);
    if (review == null || review.getUserId() != CurrentUser.id()) {
      throw DomainException.notFound("No such review of yours.");
    }
    review.edit(rating, body, Instant.now(clock));
    catalogChanged.fire(new CatalogChanged(review.getCourseId()));
  }

  /** Courses the caller may review now or has reviewed (for links from "my courses"). */
  @RequiresAuthentication
  @SuppressWarnings("unchecked")
  public Set<Long> reviewableCourseIds() {
    List<Number> ids =
        em.createNativeQuery(
                "select distinct e.course_id from enrolment e"
                    + " join lesson_progress p on p.enrolment_id = e.id"
                    + " where e.user_id = ?1 and e.status <> 'REVOKED'")
            .setParameter(1, CurrentUser.id())
            .getResultList();
    Set<Long> result = new HashSet<>();
    ids.forEach(n -> result.add(n.longValue()));
    return result;
  }

  /** A course's reviews for one of its instructors (any status); others get "not found". */
  @RequiresPermissions(Permissions.COURSES_AUTHOR)
  public InstructorReviews forInstructor(long courseId, int first, int pageSize) {
    Course c = taught(courseId);
    return new InstructorReviews(
        c.getId(), c.getSlug(), c.getTitle(), summaryOf(courseId), page(courseId, first, pageSize));
  }

  /** An instructor of the review's course replies (replying again replaces the reply). */
  @RequiresPermissions(Permissions.COURSES_AUTHOR)
  public void reply(long reviewId, String text) {
    CourseReview review = em.find(CourseReview.class, reviewId);
    if (review == null) {
      throw DomainException.notFound("No such review.");
    }
    taught(review.getCourseId());
    String problem = ReviewRules.replyProblem(text);
    if (problem != null) {
      throw DomainException.invalid("reply", problem);
    }
    review.reply(CurrentUser.id(), text, Instant.now(clock));
  }

  private static void check(Integer rating, String body) {
    ReviewRules.Problem p = ReviewRules.problem(rating, body);
    if (p != null) {
      throw DomainException.invalid(p.field(), p.message());
    }
  }

  /**
   * Why the student may not review, or null. Reads learning's tables directly because the rule is
   * also a database trigger on course_review (V8) over the same rows.
   */
  private String refusal(long courseId, long userId) {
    List<?> rows =
        em.createNativeQuery(
                "select (select count(*) from lesson_progress p where p.enrolment_id = e.id)"
                    + " from enrolment e where e.user_id = ?1 and e.course_id = ?2"
                    + " and e.status <> 'REVOKED'")
            .setParameter(1, userId)
            .setParameter(2, courseId)
            .getResultList();
    if (rows.isEmpty()) {
      return NOT_SIGNED_UP;
    }
    return ((Number) rows.get(0)).longValue() > 0 ? null : NO_LESSON_DONE;
  }

  private Optional<CourseReview> find(long courseId, long userId) {
    return em.createQuery(
            "select r from CourseReview r where r.courseId = :c and r.userId = :u",
            CourseReview.class)
        .setParameter("c", courseId)
        .setParameter("u", userId)
        .getResultStream()
        .findFirst();
  }

  /** A course students can review: published, or archived (still open to its students). */
  private Course readable(String slug) {
    return em.createQuery(
            "select c from Course c where c.slug = :s and c.status in :st", Course.class)
        .setParameter("s", slug == null ? "" : slug)
        .setParameter("st", List.of(CourseStatus.PUBLISHED, CourseStatus.ARCHIVED))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("No such course in the catalog."));
  }

  private Course taught(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !c.isInstructor(CurrentUser.id())) {
      throw DomainException.notFound("No such course among yours.");
    }
    return c;
  }

  private RatingSummary summaryOf(long courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select rating, count(*) from course_review where course_id = ?1 group by rating")
            .setParameter(1, courseId)
            .getResultList();
    long[] byStars = new long[6];
    for (Object[] r : rows) {
      byStars[((Number) r[0]).intValue()] = ((Number) r[1]).longValue();
    }
    // The totals the catalog sorts on, kept by trigger: the summary shows the same numbers.
    Object[] totals =
        (Object[])
            em.createNativeQuery("select rating_count, rating_average from course where id = ?1")
                .setParameter(1, courseId)
                .getResultStream()
                .findFirst()
                .orElse(new Object[] {0, null});
    long count = ((Number) totals[0]).longValue();
    List<StarCount> distribution = new ArrayList<>();
    for (int stars = 5; stars >= 1; stars--) {
      int percent =
          count == 0
              ? 0
              : BigDecimal.valueOf(byStars[stars] * 100)
                  .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                  .intValue();
      distribution.add(new StarCount(stars, byStars[stars], percent));
    }
    return new RatingSummary(count, (BigDecimal) totals[1], distribution);
  }

  private PageResult<ReviewLine> page(long courseId, int first, int pageSize) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.id, u.display_name, r.rating, r.body, r.created_at, r.updated_at,"
                    + " r.reply, ru.display_name, r.replied_at"
                    + " from course_review r join app_user u on u.id = r.user_id"
                    + " left join app_user ru on ru.id = r.replied_by"
                    + " where r.course_id = ?1 order by r.created_at desc, r.id desc"
                    + " offset ?2 limit ?3")
            .setParameter(1, courseId)
            .setParameter(2, Math.max(0, first))
            .setParameter(3, Math.min(Math.max(pageSize, 1), 100))
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from course_review where course_id = ?1")
                    .setParameter(1, courseId)
                    .getSingleResult())
            .longValue();
    return new PageResult<>(
        rows.stream()
            .map(
                r ->
                    new ReviewLine(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (String) r[3],
                        instant(r[4]),
                        instant(r[5]),
                        (String) r[6],
                        (String) r[7],
                        instant(r[8])))
            .toList(),
        total);
  }
}
