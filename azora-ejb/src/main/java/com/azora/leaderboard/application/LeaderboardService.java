package com.azora.leaderboard.application;

import static com.azora.platform.persistence.SqlValues.instant;

import com.azora.leaderboard.application.LeaderboardViews.Choice;
import com.azora.leaderboard.application.LeaderboardViews.Line;
import com.azora.leaderboard.application.LeaderboardViews.Snapshot;
import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.domain.BoardRef;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * Reads boards of one generation: the current one, or the one before it for a reader that pinned it
 * while paging. Organisation boards are shown to their members only.
 */
@Stateless
@RequiresAuthentication
public class LeaderboardService {

  private static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  /** The generation readers use now. */
  public Snapshot current() {
    List<?> rows =
        em.createNativeQuery(
                "select p.generation, p.swapped_at, r.week_start, r.month_start"
                    + " from leaderboard_pointer p join leaderboard_run r"
                    + " on r.generation = p.generation where p.id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      return Snapshot.none();
    }
    Object[] r = (Object[]) rows.get(0);
    return new Snapshot(((Number) r[0]).longValue(), instant(r[1]), instant(r[2]), instant(r[3]));
  }

  /** One page of a board, best first; an unknown or deleted generation reads the current one. */
  public PageResult<Line> page(BoardRef ref, Long generation, int first, int size) {
    check(ref);
    Long g = readable(generation);
    if (g == null) {
      return new PageResult<>(List.of(), 0);
    }
    long total =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from leaderboard_entry"
                            + " where generation = ?1 and board = ?2 and scope_id = ?3")
                    .setParameter(1, g)
                    .setParameter(2, ref.board().name())
                    .setParameter(3, ref.scope())
                    .getSingleResult())
            .longValue();
    List<?> rows =
        em.createNativeQuery(SELECT + " and e.position > ?4 order by e.position limit ?5")
            .setParameter(1, g)
            .setParameter(2, ref.board().name())
            .setParameter(3, ref.scope())
            .setParameter(4, Math.max(0, first))
            .setParameter(5, Math.min(Math.max(size, 1), MAX_PAGE))
            .getResultList();
    long me = CurrentUser.id();
    return new PageResult<>(rows.stream().map(r -> line((Object[]) r, me)).toList(), total);
  }

  /** The caller's line on a board, wherever it is; empty when they earned nothing there. */
  public Optional<Line> mine(BoardRef ref, Long generation) {
    check(ref);
    Long g = readable(generation);
    if (g == null) {
      return Optional.empty();
    }
    long me = CurrentUser.id();
    return em
        .createNativeQuery(SELECT + " and e.user_id = ?4")
        .setParameter(1, g)
        .setParameter(2, ref.board().name())
        .setParameter(3, ref.scope())
        .setParameter(4, me)
        .getResultList()
        .stream()
        .findFirst()
        .map(r -> line((Object[]) r, me));
  }

  /** The courses the caller is enrolled in, for the course board selector. */
  public List<Choice> myCourses() {
    return choices(
        "select c.id, c.title from enrolment e join course c on c.id = e.course_id"
            + " where e.user_id = ?1 order by c.title, c.id");
  }

  /** The organisations the caller belongs to. */
  public List<Choice> myOrganisations() {
    return choices(
        "select o.id, o.name from organisation_member m join organisation o"
            + " on o.id = m.organisation_id where m.user_id = ?1 order by o.name, o.id");
  }

  /** A heading for a board: its period, course title or organisation name. */
  public String title(BoardRef ref) {
    check(ref);
    return switch (ref.board()) {
      case COURSE -> "Course: " + name("select title from course where id = ?1", ref.scope());
      case ORG ->
          "Organisation: " + name("select name from organisation where id = ?1", ref.scope());
      default -> ref.board().label();
    };
  }

  private static final String SELECT =
      "select e.position, e.rank, e.user_id, u.display_name, e.points"
          + " from leaderboard_entry e join app_user u on u.id = e.user_id"
          + " where e.generation = ?1 and e.board = ?2 and e.scope_id = ?3";

  /** Course boards exist for existing courses; an organisation board only for its members. */
  private void check(BoardRef ref) {
    if (ref.board() == Board.COURSE
        && em.createNativeQuery("select 1 from course where id = ?1")
            .setParameter(1, ref.scope())
            .getResultList()
            .isEmpty()) {
      throw DomainException.notFound("No such course.");
    }
    if (ref.board() == Board.ORG
        && em.createNativeQuery(
                "select 1 from organisation_member where organisation_id = ?1 and user_id = ?2")
            .setParameter(1, ref.scope())
            .setParameter(2, CurrentUser.id())
            .getResultList()
            .isEmpty()) {
      throw DomainException.notFound("No such organisation.");
    }
  }

  /** The requested generation while it is current or the one before; otherwise the current one. */
  private Long readable(Long requested) {
    List<?> rows =
        em.createNativeQuery("select generation, previous from leaderboard_pointer where id = 1")
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] p = (Object[]) rows.get(0);
    Long current = p[0] == null ? null : ((Number) p[0]).longValue();
    Long previous = p[1] == null ? null : ((Number) p[1]).longValue();
    if (requested != null && (requested.equals(current) || requested.equals(previous))) {
      return requested;
    }
    return current;
  }

  private String name(String sql, long id) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No such board.");
    }
    return rows.get(0).toString();
  }

  private List<Choice> choices(String sql) {
    return em.createNativeQuery(sql).setParameter(1, CurrentUser.id()).getResultList().stream()
        .map(
            r -> {
              Object[] a = (Object[]) r;
              return new Choice(((Number) a[0]).longValue(), (String) a[1]);
            })
        .toList();
  }

  private static Line line(Object[] r, long me) {
    long user = ((Number) r[2]).longValue();
    return new Line(
        ((Number) r[0]).intValue(),
        ((Number) r[1]).intValue(),
        user,
        (String) r[3],
        ((BigDecimal) r[4]).setScale(2),
        user == me);
  }
}
