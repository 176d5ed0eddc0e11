package com.azora.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Stripe webhook events as Stripe sends them (an event envelope around the object, signed with the
 * current webhook secret) and their delivery to the test server.
 */
public final class StripeEvents {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private StripeEvents() {}

  /** An event of {@code type} about {@code object} (JSON), with a fresh event id. */
  public static String event(String type, String object) {
    return "{\"id\":\"evt_"
        + UUID.randomUUID()
        + "\",\"object\":\"event\",\"type\":\""
        + type
        + "\",\"data\":{\"object\":"
        + object
        + "}}";
  }

  /** A completed, paid Checkout Session of order {@code ref} by {@code customer} (may be null). */
  public static String sessionCompleted(
      String ref, String session, String intent, String customer) {
    return event(
        "checkout.session.completed",
        "{\"id\":\""
            + session
            + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"payment_status\":\"paid\","
            + "\"status\":\"complete\",\"client_reference_id\":\""
            + ref
            + "\",\"payment_intent\":\""
            + intent
            + "\",\"customer\":"
            + (customer == null ? "null" : "\"" + customer + "\"")
            + "}");
  }

  /** A charge refunded in part or in full; {@code refunds} null leaves its refund list out. */
  public static String chargeRefunded(
      String intent, long amountCents, long refundedCents, String... refunds) {
    return event(
        "charge.refunded",
        "{\"id\":\"ch_"
            + intent
            + "\",\"object\":\"charge\",\"amount\":"
            + amountCents
            + ",\"amount_refunded\":"
            + refundedCents
            + ",\"currency\":\"usd\",\"payment_intent\":\""
            + intent
            + "\",\"refunded\":"
            + (amountCents == refundedCents)
            + (refunds == null
                ? ""
                : ",\"refunds\":{\"object\":\"list\",\"has_more\":false,\"data\":["
                    + String.join(",", refunds)
                    + "]}")
            + "}");
  }

  /** Delivers {@code body} signed with the current secret; the server's answer. */
  public static HttpResponse<String> deliver(AzoraTestServer server, String body) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/webhooks/stripe"))
              .header("Content-Type", "application/json")
              .header("Stripe-Signature", FakeStripe.sign(FakeStripe.WEBHOOK_SECRET, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
