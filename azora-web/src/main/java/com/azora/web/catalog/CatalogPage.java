package com.azora.web.catalog;

import com.azora.catalog.application.CatalogQuery;
import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.domain.CourseLevel;
import com.azora.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public catalog: a GET form (bookmarkable, sessionless) over the catalog search. */
@Named
@RequestScoped
public class CatalogPage {

  static final int PAGE_SIZE = 12;

  @EJB private CatalogService catalog;

  private String q;
  private String category;
  private String level;
  private String language;
  private String price;
  private String sort;
  private String rating;
  private int page = 1;
  private PageResult<CourseCard> results;
  private List<String> categories;
  private List<String> languages;

  public void load() {
    CatalogQuery query =
        new CatalogQuery(
            q,
            category,
            enumOrNull(CourseLevel.class, level),
            language,
            enumOrNull(CatalogQuery.Price.class, price),
            enumOrNull(CatalogQuery.Sort.class, sort),
            minRating());
    page = Math.max(1, page);
    results = catalog.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    categories = catalog.categories();
    languages = catalog.languages();
  }

  /** The "rating at least" facet; anything but 1 to 5 means no facet. */
  private Integer minRating() {
    try {
      int n = rating == null || rating.isBlank() ? 0 : Integer.parseInt(rating.strip());
      return n >= 1 && n <= 5 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The rating facet's choices, highest first. */
  public List<Integer> getRatingChoices() {
    return List.of(4, 3, 2, 1);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    try {
      return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public boolean isHasPrevious() {
    return page > 1;
  }

  public boolean isHasNext() {
    return (long) page * PAGE_SIZE < results.total();
  }

  /** The query string of another page of the same search. */
  public String pageQuery(int target) {
    return "q="
        + enc(q)
        + "&category="
        + enc(category)
        + "&level="
        + enc(level)
        + "&language="
        + enc(language)
        + "&price="
        + enc(price)
        + "&rating="
        + enc(rating)
        + "&sort="
        + enc(sort)
        + "&page="
        + target;
  }

  private static String enc(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public CourseLevel[] getLevels() {
    return CourseLevel.values();
  }

  public PageResult<CourseCard> getResults() {
    return results;
  }

  public List<String> getCategories() {
    return categories;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** Languages that have published courses, for the language filter. */
  public List<String> getLanguages() {
    return languages;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
