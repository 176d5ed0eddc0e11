package com.azora.api.payment;

import com.azora.payment.application.StripeWebhooks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stripe's webhook. No bearer token: the {@code Stripe-Signature} header over the raw body is the
 * authentication, so the body is taken as bytes, exactly as signed.
 */
@Path("/webhooks/stripe")
@ApplicationScoped
public class StripeWebhookResource {

  @EJB private StripeWebhooks webhooks;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Stripe event delivery",
      description =
          "200 once the event is applied (or was already); 400 for a bad signature or body, and"
              + " nothing changes.")
  public Map<String, String> receive(
      @HeaderParam("Stripe-Signature") String signature, byte[] body) {
    return Map.of("result", webhooks.receive(signature, body == null ? new byte[0] : body).name());
  }
}
