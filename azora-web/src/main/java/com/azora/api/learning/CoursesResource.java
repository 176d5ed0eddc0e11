package com.azora.api.learning;

import com.azora.api.support.Idempotent;
import com.azora.catalog.application.CatalogQuery;
import com.azora.catalog.application.CatalogService;
import com.azora.catalog.application.CatalogViews.CourseCard;
import com.azora.catalog.application.CatalogViews.CourseDetail;
import com.azora.catalog.domain.CourseLevel;
import com.azora.learning.application.LearningService;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The public catalog over HTTP, and enrolment for signed-in callers. */
@Path("/courses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @EJB private CatalogService catalog;
  @EJB private LearningService learning;

  /** One page of published courses. */
  public record CoursePage(java.util.List<CourseCard> items, long total, int page, int size) {}

  /** Where a new enrolment starts. */
  public record Enrolled(long courseId, long firstLessonId) {}

  @GET
  @Operation(
      summary = "Search published courses",
      description =
          "Full-text search with prefix matching and typo-tolerant titles; filters category,"
              + " language, level (BEGINNER|INTERMEDIATE|ADVANCED), price (FREE|PAID), minRating (1-5:"
              + " average rating at least that many stars); sort RELEVANCE|NEWEST|TITLE|RATING"
              + " (highest average first, unrated last)|POPULARITY (most enrolments first).")
  public CoursePage search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("level") String level,
      @Parameter(description = "Language code, e.g. en") @QueryParam("language") String language,
      @QueryParam("price") String price,
      @QueryParam("sort") String sort,
      @Parameter(description = "Only courses whose average rating is at least this (1 to 5)")
          @QueryParam("minRating")
          String minRating,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 1 || size < 1 || size > 100) {
      throw DomainException.invalid("page", "page starts at 1 and size is 1 to 100.");
    }
    Integer stars = minRating == null || minRating.isBlank() ? null : stars(minRating);
    CatalogQuery query =
        new CatalogQuery(
            q,
            category,
            parse(CourseLevel.class, level, "level"),
            language == null || language.isBlank() ? null : language.strip(),
            parse(CatalogQuery.Price.class, price, "price"),
            parse(CatalogQuery.Sort.class, sort, "sort"),
            stars);
    PageResult<CourseCard> result = catalog.search(query, (page - 1) * size, size);
    return new CoursePage(result.rows(), result.total(), page, size);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A published (or archived) course with its syllabus, instructors and prerequisites")
  public CourseDetail get(@PathParam("id") long id) {
    return catalog.detail(id).orElseThrow(() -> DomainException.notFound("No such course."));
  }

  @POST
  @Path("/{id}/enrol")
  @Idempotent
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Enrol the caller in a free course (idempotent)",
      description =
          "409 with the reason when the course is paid (until checkout exists), archived, or"
              + " requires courses the caller has not completed (named in the detail). Send an"
              + " Idempotency-Key header (1-255 characters); a retry with the same key gets the"
              + " first response again (header Idempotent-Replayed: true), the same key with a"
              + " different request gets 422.")
  public Enrolled enrol(@PathParam("id") long id) {
    return new Enrolled(id, learning.enrol(id));
  }

  private static int stars(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= 5) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw DomainException.invalid("minRating", "minRating is a whole number of stars, 1 to 5.");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, "Unknown " + field + " '" + value + "'.");
    }
  }
}
