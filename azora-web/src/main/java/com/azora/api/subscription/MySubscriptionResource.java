package com.azora.api.subscription;

import com.azora.api.support.Idempotent;
import com.azora.payment.application.PaymentViews.DocumentFile;
import com.azora.platform.PageResult;
import com.azora.platform.error.DomainException;
import com.azora.subscription.application.PlanChanges;
import com.azora.subscription.application.SubscriptionDocuments;
import com.azora.subscription.application.SubscriptionService;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.application.SubscriptionViews.MySubscription;
import com.azora.subscription.application.SubscriptionViews.Outcome;
import com.azora.subscription.domain.BillingInterval;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The caller's own subscription (a sub-path of /me kept in its own class): read it, subscribe or
 * change it, cancel at the period end and resume, and the invoices with their PDFs. Nobody reaches
 * another user's subscription or invoice here: the services look everything up by the caller.
 */
@Path("/me/subscription")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MySubscriptionResource {

  @EJB private SubscriptionService subscriptions;
  @EJB private PlanChanges changes;
  @EJB private SubscriptionDocuments documents;

  /**
   * What to subscribe to or change: a tier code (PRO, ENTERPRISE), an interval (MONTHLY or ANNUAL)
   * and, for a new subscription, a provider (wallet or offline; the first configured by default).
   */
  public record SubscriptionChange(String tier, String interval, String provider) {}

  /**
   * What a change did: the invoice it issued (null when none was needed), its amount, whether it
   * waits for an offline payment, and the subscription now.
   */
  public record ChangeResult(
      String invoiceNumber, BigDecimal amount, boolean pending, MySubscription subscription) {}

  @GET
  @Operation(
      summary = "The caller's live subscription",
      description = "404 problem+json when the caller has none (they are on the Free plan).")
  public MySubscription get() {
    return current();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Idempotent
  @Operation(
      summary = "Subscribe, upgrade, downgrade or switch billing interval",
      description =
          "Without a live subscription: subscribes to {tier, interval, provider} and charges the"
              + " first period. With one, changes one thing: a higher tier now (prorated), a lower"
              + " one at the period end, or the interval: MONTHLY→ANNUAL now (the year's price"
              + " less the unused part of the month), ANNUAL→MONTHLY at the period end"
              + " (pendingInterval). 400 with the field for bad input, 409 when the payment is"
              + " refused. Requires an Idempotency-Key header: a retry gets the first answer back.")
  public Response change(SubscriptionChange body) {
    SubscriptionChange c = body == null ? new SubscriptionChange(null, null, null) : body;
    Outcome o = changes.change(upper(c.tier()), interval(c.interval()), c.provider());
    return Response.ok(new ChangeResult(o.invoiceNumber(), o.amount(), o.pending(), current()))
        .build();
  }

  @POST
  @Path("/cancel")
  @Operation(
      summary = "Cancel at the end of the paid period",
      description =
          "200 with the subscription, which keeps its features until then; 204 when it was unpaid"
              + " and so ended now.")
  public Response cancel() {
    subscriptions.cancelAtPeriodEnd();
    // An unpaid subscription ends at once: then there is nothing left to show.
    return subscriptions
        .mine()
        .map(s -> Response.ok(s).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("/resume")
  @Operation(
      summary = "Keep the subscription as it is",
      description =
          "Undoes a pending cancellation, downgrade or interval switch; 409 when nothing is"
              + " scheduled.")
  public MySubscription resume() {
    subscriptions.resume();
    return current();
  }

  @GET
  @Path("/invoices")
  @Operation(summary = "The caller's subscription invoices, newest first (paged)")
  public PageResult<InvoiceView> invoices(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return subscriptions.invoices(Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
  }

  @GET
  @Path("/invoices/{number}")
  @Operation(summary = "One of the caller's invoices", description = "404 for any other number.")
  public InvoiceView invoice(@PathParam("number") String number) {
    return documents.mine(number);
  }

  @GET
  @Path("/invoices/{number}.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "One of the caller's invoices as a PDF",
      description = "404 problem+json for any other number.")
  public Response pdf(@PathParam("number") String number) {
    DocumentFile file = documents.myPdf(number);
    return Response.ok(file.data(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private MySubscription current() {
    return subscriptions
        .mine()
        .orElseThrow(() -> DomainException.notFound("You have no subscription."));
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }

  private static BillingInterval interval(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return BillingInterval.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("interval", "Choose MONTHLY or ANNUAL.");
    }
  }
}
