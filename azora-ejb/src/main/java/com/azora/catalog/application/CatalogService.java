package com.azora.catalog.application;

import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.application.CatalogViews.CourseDetail;
import com.azora.catalog.domain.Course;
import com.azora.catalog.domain.CourseLevel;
import com.azora.catalog.domain.CourseStatus;
import com.azora.catalog.domain.SearchTerms;
import com.azora.platform.PageResult;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public catalog: published courses only, searched in PostgreSQL (full text with prefix
 * matching, plus trigram similarity on titles for typos), filtered, ordered and paged there.
 */
@Stateless
@Anonymous
public class CatalogService {

  private static final String COLUMNS =
      "c.id, c.slug, c.title, c.summary, c.category, c.level, c.language, c.estimated_hours,"
          + " c.price, c.currency, c.demo";

  @PersistenceContext private EntityManager em;

  public PageResult<CourseCard> search(CatalogQuery q, int first, int pageSize) {
    CatalogQuery query = q == null ? CatalogQuery.all() : q;
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" from course c where c.status = 'PUBLISHED'");
    String tsquery = SearchTerms.prefixQuery(query.text());
    String rank = "0";
    if (tsquery != null) {
      params.add(tsquery);
      int ts = params.size();
      params.add(query.text().strip());
      int raw = params.size();
      where
          .append(" and (c.search @@ to_tsquery('simple', ?")
          .append(ts)
          .append(") or c.title % ?");
      where.append(raw).append(")");
      rank =
          "ts_rank(c.search, to_tsquery('simple', ?"
              + ts
              + ")) + similarity(c.title, ?"
              + raw
              + ")";
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
    String order =
        switch (query.sort()) {
          case RELEVANCE ->
              tsquery == null ? "c.published_at desc" : "rank desc, c.published_at desc";
          case NEWEST -> "c.published_at desc";
          case TITLE -> "lower(c.title), c.id";
        };
    Query rows =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + ", "
                + rank
                + " as rank"
                + where
                + " order by "
                + order
                + " offset "
                + Math.max(0, first)
                + " limit "
                + Math.min(Math.max(pageSize, 1), 100));
    Query count = em.createNativeQuery("select count(*)" + where);
    for (int i = 0; i < params.size(); i++) {
      rows.setParameter(i + 1, params.get(i));
      count.setParameter(i + 1, params.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    return new PageResult<>(
        result.stream().map(CatalogService::card).toList(),
        ((Number) count.getSingleResult()).longValue());
  }

  /** Categories that have published courses, for the category filter. */
  @SuppressWarnings("unchecked")
  public List<String> categories() {
    return em.createNativeQuery(
            "select distinct category from course where status = 'PUBLISHED' order by category")
        .getResultList();
  }

  /** A published course with its syllabus and instructors. */
  public Optional<CourseDetail> detail(String slug) {
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from Course c where c.slug = :slug and c.status = :status", Course.class)
        .setParameter("slug", slug)
        .setParameter("status", CourseStatus.PUBLISHED)
        .getResultStream()
        .findFirst()
        .map(this::detail);
  }

  /** The same, by id (the API's address for a course). */
  public Optional<CourseDetail> detail(long id) {
    return Optional.ofNullable(em.find(Course.class, id))
        .filter(c -> c.getStatus() == CourseStatus.PUBLISHED)
        .map(this::detail);
  }

  private CourseDetail detail(Course c) {
    return new CourseDetail(
        card(c), c.getDescription(), instructorNames(c), Syllabus.load(em, c.getId()));
  }

  private List<String> instructorNames(Course c) {
    return em.createQuery(
            "select u.displayName from UserAccount u where u.id in :ids order by u.displayName",
            String.class)
        .setParameter("ids", c.getInstructorIds())
        .getResultList();
  }

  static CourseCard card(Course c) {
    return new CourseCard(
        c.getId(),
        c.getSlug(),
        c.getTitle(),
        c.getSummary(),
        c.getCategory(),
        c.getLevel(),
        c.getLanguage(),
        c.getEstimatedHours(),
        c.getPrice(),
        c.getCurrency(),
        c.isDemo());
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
        (Boolean) r[10]);
  }
}
