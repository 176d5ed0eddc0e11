package com.azora.api.payment;

import com.azora.api.support.Idempotent;
import com.azora.payment.application.PaymentAdminService;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.payment.application.PaymentViews.RefundDone;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admin refunds of paid orders, and refunds paid back by hand. */
@Path("/admin/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminOrdersResource {

  @EJB private PaymentAdminService payments;

  /** How much to refund (absent: everything left) and why. */
  public record NewRefund(BigDecimal amount, String reason) {}

  @POST
  @Path("/{ref}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Refund a paid order in full or in part",
      description =
          "201 with the credit note number, the order's status and what is left; 409 outside the"
              + " refund window or for an unpaid order, 400 for more than what is left. Requires an"
              + " Idempotency-Key header (a retry gets the first answer back).")
  @Idempotent
  public Response refund(@PathParam("ref") String ref, NewRefund refund) {
    NewRefund r = refund == null ? new NewRefund(null, null) : refund;
    RefundDone done = payments.refund(ref, r.amount(), r.reason());
    return Response.status(Response.Status.CREATED).entity(done).build();
  }

  @POST
  @Path("/{ref}/refunds/{seq}/paid-back")
  @Operation(
      summary = "Record that a refund was paid back by hand",
      description =
          "For a bank-transfer order's refund, or a card refund the provider failed to return:"
              + " books it from the refunds owed to provider clearing and answers the order. 404"
              + " for an unknown refund, 409 when already paid back or the provider is still"
              + " returning it.")
  public OrderView paidBack(@PathParam("ref") String ref, @PathParam("seq") int seq) {
    return payments.markRefundPaidBack(ref, seq);
  }
}
