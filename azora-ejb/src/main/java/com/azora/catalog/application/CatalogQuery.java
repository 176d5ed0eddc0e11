package com.azora.catalog.application;

import com.azora.catalog.domain.CourseLevel;

/**
 * Catalog search: free text (prefix and typo tolerant), facets and order; all optional. {@code
 * minRating} (1 to 5) keeps courses whose average rating is at least that many stars.
 */
public record CatalogQuery(
    String text,
    String category,
    CourseLevel level,
    String language,
    Price price,
    Sort sort,
    Integer minRating) {

  /** Free or paid courses only. */
  public enum Price {
    FREE,
    PAID
  }

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    TITLE,
    /** Highest average rating first; unrated courses last. */
    RATING,
    /** Most live enrolments first. */
    POPULARITY
  }

  public CatalogQuery {
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (minRating != null && (minRating < 1 || minRating > 5)) {
      throw new IllegalArgumentException("A minimum rating is 1 to 5 stars.");
    }
  }

  /** The same search without a rating facet. */
  public CatalogQuery(
      String text, String category, CourseLevel level, String language, Price price, Sort sort) {
    this(text, category, level, language, price, sort, null);
  }

  public static CatalogQuery all() {
    return new CatalogQuery(null, null, null, null, null, Sort.NEWEST);
  }
}
