package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.application.CatalogViews.CourseDetail;
import com.azora.catalog.application.CatalogViews.Thumbnail;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseLevel;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.CourseThumbnail;
import com.azora.catalog.domain.SearchTerms;
import com.azora.catalog.infrastructure.CatalogCache;
import com.azora.platform.PageResult;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public catalog: published courses only, searched in PostgreSQL (full text with prefix
 * matching, plus trigram similarity on titles for typos), filtered, ordered and paged there.
 */
@Stateless
@Anonymous
public class CatalogService {

  private static final String COLUMNS =
      "c.id, c.slug, c.title, c.summary, c.category, c.level, c.language, c.estimated_hours,"
          + " c.price, c.currency, c.demo, t.sha256, c.rating_count, c.rating_average,"
          + " c.enrolment_count, c.premium";

  /** How many of {@link #COLUMNS} there are; rank and the window total follow them. */
  private static final int COLUMN_COUNT = 16;

  private static final String FROM =
      " from course c left join course_thumbnail t on t.course_id = c.id";

  private static final Set<CourseStatus> VISIBLE =
      EnumSet.of(CourseStatus.PUBLISHED, CourseStatus.ARCHIVED);

  @PersistenceContext private EntityManager em;
  @Inject private CatalogCache cache;

  /**
   * Searches published courses. Full text (ranked, prefix matching) first; only when it finds
   * nothing is trigram similarity on titles tried, to forgive typos: the similarity test cannot use
   * the full-text index and costs a scan, so it is kept off the common path.
   */
  public PageResult<CourseCard> search(CatalogQuery q, int first, int pageSize) {
    CatalogQuery query = q == null ? CatalogQuery.all() : q;
    return cache.get(
        new SearchKey(query, first, pageSize), () -> searchNow(query, first, pageSize));
  }

  private record SearchKey(CatalogQuery query, int first, int pageSize) {}

  private PageResult<CourseCard> searchNow(CatalogQuery query, int first, int pageSize) {
    String tsquery = SearchTerms.prefixQuery(query.text());
    if (tsquery == null) {
      return page(query, null, null, List.of(), first, pageSize);
    }
    PageResult<CourseCard> found =
        page(
            query,
            "c.search @@ to_tsquery('simple', ?1)",
            "ts_rank(c.search, to_tsquery('simple', ?1))",
            List.of(tsquery),
            first,
            pageSize);
    if (found.total() > 0) {
      return found;
    }
    return page(
        query,
        "c.title % ?1",
        "similarity(c.title, ?1)",
        List.of(query.text().strip()),
        first,
        pageSize);
  }

  /** One page and the total in one statement; the text condition and rank use parameter 1. */
  private PageResult<CourseCard> page(
      CatalogQuery query, String match, String rank, List<Object> text, int first, int size) {
    List<Object> params = new ArrayList<>(text);
    StringBuilder where = new StringBuilder(FROM + " where c.status = 'PUBLISHED'");
    if (match != null) {
      where.append(" and ").append(match);
    }
    if (query.category() != null && !query.category().isBlank()) {
      params.add(query.category().strip());
      where.append(" and c.category = ?").append(params.size());
    }
    if (query.level() != null) {
      params.add(query.level().name());
      where.append(" and c.level = ?").append(params.size());
    }
    if (query.language() != null && !query.language().isBlank()) {
      params.add(query.language().strip());
      where.append(" and c.language = ?").append(params.size());
    }
    if (query.price() == CatalogQuery.Price.FREE) {
      where.append(" and c.price = 0");
    } else if (query.price() == CatalogQuery.Price.PAID) {
      where.append(" and c.price > 0");
    }
    if (query.minRating() != null) {
      // Exact in integers: average >= n  <=>  sum >= n * count (and there is a rating).
      where
          .append(" and c.rating_count > 0 and c.rating_sum >= ")
          .append(query.minRating().intValue())
          .append(" * c.rating_count");
    }
    String order =
        switch (query.sort()) {
          case RELEVANCE -> rank == null ? "c.published_at desc" : "rank desc, c.published_at desc";
          case NEWEST -> "c.published_at desc";
          case TITLE -> "lower(c.title), c.id";
          case RATING ->
              "c.rating_average desc nulls last, c.rating_count desc, c.published_at desc, c.id";
          case POPULARITY -> "c.enrolment_count desc, c.published_at desc, c.id";
        };
    int offset = Math.max(0, first);
    // With a text match the window total comes from the rows the search finds anyway. Without
    // one it would force every published course through the window before the limit, so the
    // page walks an index and a separate count answers the total.
    boolean windowTotal = match != null;
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + ", "
                + (rank == null ? "0" : rank)
                + " as rank, "
                + (windowTotal ? "count(*) over ()" : "0")
                + " as total"
                + where
                + " order by "
                + order
                + " offset "
                + offset
                + " limit "
                + Math.min(Math.max(size, 1), 100));
    bind(rows, params);
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    long total;
    if (windowTotal && !result.isEmpty()) {
      total = ((Number) result.get(0)[COLUMN_COUNT + 1]).longValue();
    } else if (windowTotal && offset == 0) {
      total = 0;
    } else {
      // No text, or a page past the end (which carries no window total): count on its own.
      Query count = em.createNativeQuery("select count(*)" + where);
      bind(count, params);
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new PageResult<>(result.stream().map(CatalogService::card).toList(), total);
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  /** Categories that have published courses, for the category filter. */
  @SuppressWarnings("unchecked")
  public List<String> categories() {
    return cache.get(
        "categories",
        () ->
            List.copyOf(
                em.createNativeQuery(
                        "select distinct category from course where status = 'PUBLISHED'"
                            + " order by category")
                    .getResultList()));
  }

  /** Languages that have published courses, for the language filter. */
  @SuppressWarnings("unchecked")
  public List<String> languages() {
    return cache.get(
        "languages",
        () ->
            List.copyOf(
                em.createNativeQuery(
                        "select distinct language from course where status = 'PUBLISHED'"
                            + " order by language")
                    .getResultList()));
  }

  /**
   * A published course with its syllabus, instructors and prerequisites; an archived one too (its
   * enrolled students still come back to it), marked as archived.
   */
  public Optional<CourseDetail> detail(String slug) {
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from Course c where c.slug = :slug and c.status in :visible", Course.class)
        .setParameter("slug", slug)
        .setParameter("visible", VISIBLE)
        .getResultStream()
        .findFirst()
        .map(this::detail);
  }

  /** The same, by id (the API's address for a course). */
  public Optional<CourseDetail> detail(long id) {
    return Optional.ofNullable(em.find(Course.class, id))
        .filter(c -> VISIBLE.contains(c.getStatus()))
        .map(this::detail);
  }

  /**
   * A course's thumbnail: anyone may fetch it for a published or archived course; a draft's only
   * its instructors and admins (who see it in the editor and the review queue).
   */
  public Optional<Thumbnail> thumbnail(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null) {
      return Optional.empty();
    }
    boolean shared = VISIBLE.contains(c.getStatus());
    if (!shared && !CourseAccess.canSeeUnpublished(c)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(CourseThumbnail.class, courseId))
        .map(t -> new Thumbnail(t.getContentType(), t.getData(), t.getSha256(), shared));
  }

  private CourseDetail detail(Course c) {
    return new CourseDetail(
        card(c.getId()),
        c.getDescription(),
        instructorNames(c),
        Syllabus.load(em, c.getId()),
        c.getStatus(),
        CourseRefs.of(em, c.getPrerequisiteIds()));
  }

  /** The card as the catalog shows it, read fresh (ratings and enrolments change by trigger). */
  private CourseCard card(long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery("select " + COLUMNS + FROM + " where c.id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return card(row);
  }

  private List<String> instructorNames(Course c) {
    return em.createQuery(
            "select u.displayName from UserAccount u where u.id in :ids order by u.displayName",
            String.class)
        .setParameter("ids", c.getInstructorIds())
        .getResultList();
  }

  private static CourseCard card(Object[] r) {
    return new CourseCard(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        CourseLevel.valueOf((String) r[5]),
        (String) r[6],
        (BigDecimal) r[7],
        (BigDecimal) r[8],
        String.valueOf(r[9]),
        (Boolean) r[10],
        CourseCard.thumbnailUrl(((Number) r[0]).longValue(), (String) r[11]),
        ((Number) r[12]).intValue(),
        (BigDecimal) r[13],
        ((Number) r[14]).intValue(),
        (Boolean) r[15]);
  }
}
