package com.azora.api.payment;

import com.azora.payment.application.CouponQuoteService;
import com.azora.payment.application.CouponViews.Quote;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What a coupon takes off a course, for a buyer about to pay. */
@Path("/coupons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CouponsResource {

  @EJB private CouponQuoteService quotes;

  @GET
  @Path("/{code}/quote")
  @Operation(
      summary = "The discount a coupon gives on a course's price now",
      description = "Counts nothing; 400 on field couponCode when the coupon does not apply.")
  public Quote quote(@PathParam("code") String code, @QueryParam("courseId") long courseId) {
    return quotes.quote(code, courseId);
  }
}
