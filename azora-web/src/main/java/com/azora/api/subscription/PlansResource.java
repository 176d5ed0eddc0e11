package com.azora.api.subscription;

import com.azora.subscription.application.Plans;
import com.azora.subscription.application.SubscriptionViews.TierView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The subscription tiers on sale; no sign-in needed. */
@Path("/plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

  @EJB private Plans plans;

  @GET
  @Operation(
      summary = "Subscription tiers on sale, cheapest first (anonymous)",
      description =
          "Code, name, monthly and annual price (decimal, USD), AI tutor quota per month,"
              + " premium courses included, most active projects. FREE is listed for comparison.")
  public List<TierView> list() {
    return plans.onSale();
  }
}
