package com.azora.payment.application;

import com.azora.platform.PageResult;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The instructors' share of course sales: a course's own share beats its owner's, which beats
 * {@link ConfigKey#INSTRUCTOR_SHARE_PERCENT}. Admins list, set and remove the overrides; a change
 * applies to sales made afterwards (a sale books its split once).
 */
@Stateless
@RequiresPermissions(Permissions.PAYMENTS_MANAGE)
public class RevenueShares {

  /** A course with its own share, and the owner's share it overrides (null: the default). */
  public record CourseShare(
      long courseId,
      String slug,
      String title,
      String ownerEmail,
      BigDecimal percent,
      BigDecimal ownerPercent) {}

  /** An instructor with a share for the courses they own. */
  public record InstructorShare(
      long userId, String email, String name, BigDecimal percent, Instant updatedAt) {}

  @PersistenceContext private EntityManager em;

  /** The configured share used when neither the course nor its owner has one. */
  public BigDecimal defaultPercent() {
    return ConfigKey.INSTRUCTOR_SHARE_PERCENT.asDecimal();
  }

  public PageResult<CourseShare> courses(int first, int max) {
    List<?> rows =
        em.createNativeQuery(
                "select c.id, c.slug, c.title, u.email, c.instructor_share_percent,"
                    + " s.share_percent from course c join app_user u on u.id = c.created_by"
                    + " left join instructor_share s on s.user_id = c.created_by"
                    + " where c.instructor_share_percent is not null order by c.title, c.id")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), 100))
            .getResultList();
    long total = count("select count(*) from course where instructor_share_percent is not null");
    return new PageResult<>(
        rows.stream()
            .map(o -> (Object[]) o)
            .map(
                r ->
                    new CourseShare(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (BigDecimal) r[4],
                        (BigDecimal) r[5]))
            .toList(),
        total);
  }

  public PageResult<InstructorShare> instructors(int first, int max) {
    List<?> rows =
        em.createNativeQuery(
                "select s.user_id, u.email, u.display_name, s.share_percent, s.updated_at"
                    + " from instructor_share s join app_user u on u.id = s.user_id"
                    + " order by u.email")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), 100))
            .getResultList();
    long total = count("select count(*) from instructor_share");
    return new PageResult<>(
        rows.stream()
            .map(o -> (Object[]) o)
            .map(
                r ->
                    new InstructorShare(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (BigDecimal) r[3],
                        com.azora.platform.persistence.SqlValues.instant(r[4])))
            .toList(),
        total);
  }

  /** Sets (or with null clears) a course's own instructors' share, which beats all others. */
  public void setCourseShare(long courseId, BigDecimal percent) {
    int n =
        em.createNativeQuery(
                "update course set instructor_share_percent = cast(?1 as numeric) where id = ?2")
            .setParameter(1, percent(percent))
            .setParameter(2, courseId)
            .executeUpdate();
    if (n == 0) {
      throw DomainException.notFound("No such course.");
    }
  }

  /**
   * Sets (or with null clears) an instructor's share, used for courses they own without a share of
   * their own.
   */
  public void setInstructorShare(long userId, BigDecimal percent) {
    BigDecimal p = percent(percent);
    if (p == null) {
      em.createNativeQuery("delete from instructor_share where user_id = ?1")
          .setParameter(1, userId)
          .executeUpdate();
      return;
    }
    if (count("select count(*) from app_user where id = ?1", userId) == 0) {
      throw DomainException.notFound("No such user.");
    }
    em.createNativeQuery(
            "insert into instructor_share (user_id, share_percent) values (?1, ?2)"
                + " on conflict (user_id) do update set share_percent = excluded.share_percent,"
                + " updated_at = now()")
        .setParameter(1, userId)
        .setParameter(2, p)
        .executeUpdate();
  }

  /** The user id of an account by email, for the admin page; a message on "email" otherwise. */
  public long userByEmail(String email) {
    if (email == null || email.isBlank()) {
      throw DomainException.invalid("email", "Enter the instructor's email.");
    }
    List<?> ids =
        em.createNativeQuery("select id from app_user where email = ?1")
            .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (ids.isEmpty()) {
      throw DomainException.invalid("email", "No Azora user has this email.");
    }
    return ((Number) ids.get(0)).longValue();
  }

  /**
   * Whether a course with this id exists, for the admin page; a message on "courseId" otherwise.
   */
  public void requireCourse(Long courseId) {
    if (courseId == null) {
      throw DomainException.invalid("courseId", "Enter the course id.");
    }
    if (count("select count(*) from course where id = ?1", courseId) == 0) {
      throw DomainException.invalid("courseId", "No course has this id.");
    }
  }

  private long count(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  private static BigDecimal percent(BigDecimal p) {
    if (p == null) {
      return null;
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 2) {
      throw DomainException.invalid("percent", "A share is 0 to 100 with at most 2 decimals.");
    }
    return p;
  }
}
