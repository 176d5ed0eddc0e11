package com.azora.api.payment;

import com.azora.api.support.Idempotent;
import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentViews.Started;
import com.azora.platform.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Places an order for a paid course; the caller then follows {@code redirectUrl} to pay. */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OrdersResource {

  @EJB private CheckoutService checkout;

  /** What to buy: a course, an optional coupon, an optional provider (offline or stripe). */
  public record NewOrder(String courseSlug, String couponCode, String provider) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Place an order for a paid course",
      description =
          "201 with the order reference, the URL to pay at (Stripe Checkout or the bank-transfer"
              + " instructions) and the status; 409 when already enrolled, 404 for an unknown course."
              + " Requires an Idempotency-Key header (a retry gets the first answer back).")
  @Idempotent
  public Response create(NewOrder order) {
    if (order == null || order.courseSlug() == null || order.courseSlug().isBlank()) {
      throw DomainException.invalid("courseSlug", "Name the course to buy.");
    }
    Started s = checkout.start(order.courseSlug(), order.couponCode(), order.provider());
    return Response.created(URI.create("/api/me/orders/" + s.reference())).entity(s).build();
  }
}
