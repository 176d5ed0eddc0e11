package com.azora.api.payment;

import com.azora.api.support.Idempotent;
import com.azora.payment.application.CouponAdminService;
import com.azora.payment.application.CouponViews.CouponRow;
import com.azora.payment.application.CouponViews.NewCoupon;
import com.azora.payment.application.CouponViews.OfflineRedemption;
import com.azora.payment.infrastructure.CouponBook;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Coupon administration for admins with the payments permission. */
@Path("/admin/coupons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminCouponsResource {

  @EJB private CouponAdminService coupons;

  /** One page of coupons. */
  public record CouponPage(List<CouponRow> items, long total, int page, int size) {}

  @GET
  @Operation(summary = "Coupons, newest first, with their redemption counts")
  public CouponPage list(
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 1 || size < 1 || size > 100) {
      throw DomainException.invalid("page", "page starts at 1 and size is 1 to 100.");
    }
    PageResult<CouponRow> result = coupons.list((page - 1) * size, size);
    return new CouponPage(result.rows(), result.total(), page, size);
  }

  @POST
  @Operation(
      summary = "Create a coupon",
      description =
          "kind PERCENT (0 < value <= 100) or AMOUNT (value > 0, currency required); courseId"
              + " null for every course; expiresAt (ISO instant) and maxRedemptions optional."
              + " Codes are unique whatever their case (409).")
  public Response create(NewCoupon coupon) {
    if (coupon == null) {
      throw DomainException.invalid("code", "Send the coupon as JSON.");
    }
    return Response.status(201).entity(coupons.create(coupon)).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One coupon with its redemption count")
  public CouponRow get(@PathParam("id") long id) {
    return coupons.get(id);
  }

  @POST
  @Path("/{id}/deactivate")
  @Operation(summary = "Stop a coupon from being redeemed again")
  public CouponRow deactivate(@PathParam("id") long id) {
    return coupons.deactivate(id);
  }

  @POST
  @Path("/redemptions")
  @Idempotent
  @Operation(
      summary = "Record a coupon on an order paid offline",
      description =
          "Validated and counted like checkout: once per (coupon, orderReference), never beyond"
              + " the coupon's maximum (400 on field couponCode otherwise). Needs an"
              + " Idempotency-Key header.")
  public CouponBook.Discount redeem(OfflineRedemption redemption) {
    if (redemption == null) {
      throw DomainException.invalid("code", "Send the redemption as JSON.");
    }
    return coupons.redeemOffline(redemption);
  }

  @DELETE
  @Path("/redemptions/{orderReference}")
  @Operation(summary = "Give back the coupon redemptions of a cancelled offline order")
  public Response release(@PathParam("orderReference") String orderReference) {
    coupons.releaseOffline(orderReference);
    return Response.noContent().build();
  }
}
