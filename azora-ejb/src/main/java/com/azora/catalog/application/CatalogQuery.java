package com.azora.catalog.application;

import com.azora.catalog.domain.CourseLevel;

/** Catalog search: free text (prefix and typo tolerant), facets and order; all optional. */
public record CatalogQuery(
    String text, String category, CourseLevel level, String language, Price price, Sort sort) {

  /** Free or paid courses only. */
  public enum Price {
    FREE,
    PAID
  }

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    TITLE
  }

  public CatalogQuery {
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  public static CatalogQuery all() {
    return new CatalogQuery(null, null, null, null, null, Sort.NEWEST);
  }
}
