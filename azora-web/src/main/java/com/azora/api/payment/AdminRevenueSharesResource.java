package com.azora.api.payment;

import com.azora.payment.application.RevenueShares;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The instructors' share of sales: per course (first), per instructor (for courses they own), else
 * {@code azora.payments.instructor-share-percent}. Applies to sales made afterwards.
 */
@Path("/admin/revenue-shares")
@ApplicationScoped
@SecurityRequirement(name = "bearer")
public class AdminRevenueSharesResource {

  @EJB private RevenueShares payments;

  /** A percentage (0 to 100, two decimals); null falls back to the next rule. */
  public record Share(BigDecimal percent) {}

  @PUT
  @Path("/courses/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set or clear a course's instructors' share (204)")
  public void course(@PathParam("id") long id, Share share) {
    payments.setCourseShare(id, share == null ? null : share.percent());
  }

  @PUT
  @Path("/instructors/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set or clear an instructor's share for the courses they own (204)")
  public void instructor(@PathParam("userId") long userId, Share share) {
    payments.setInstructorShare(userId, share == null ? null : share.percent());
  }
}
