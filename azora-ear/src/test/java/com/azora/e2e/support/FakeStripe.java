package com.azora.e2e.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.azora.payment.infrastructure.StripeSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A fake Stripe API (WireMock) the test server is configured against ({@code
 * azora.stripe.api-base}), started once per test JVM before the server, and the webhook secrets the
 * server trusts. Checkout Sessions, PaymentIntents and Refunds answer with fresh ids (a session's
 * url is a tiny hosted page of this fake that links back to the success URL); a test stubs a
 * session's status, a payment intent's card, a declined customer or a refund list when it needs
 * one.
 */
public final class FakeStripe {

  public static final String SECRET_KEY = "sk_test_azora_e2e";

  /** The current and the previous webhook secret: the server is configured mid-rotation. */
  public static final String WEBHOOK_SECRET = "whsec_azora_e2e_current";

  public static final String OLD_WEBHOOK_SECRET = "whsec_azora_e2e_previous";

  private static WireMockServer server;

  /** A successful Transfer, answering the request's amount, currency and destination. */
  private static final String TRANSFER =
      "{{formData request.body 'form' urlDecode=true}}"
          + "{\"id\":\"tr_{{randomValue length=24 type='ALPHANUMERIC'}}\","
          + "\"object\":\"transfer\",\"amount\":{{form.amount}},"
          + "\"currency\":\"{{form.currency}}\","
          + "\"destination\":\"{{form.destination}}\"}";

  private FakeStripe() {}

  public static synchronized WireMockServer get() {
    if (server == null) {
      server =
          new WireMockServer(
              WireMockConfiguration.options()
                  .bindAddress("127.0.0.1")
                  .dynamicPort()
                  .templatingEnabled(true));
      server.start();
      stubDefaults(server);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-stripe-stop"));
    }
    return server;
  }

  /** The server's settings that point it at this fake. */
  public static List<String[]> serverProperties() {
    return List.of(
        new String[] {"azora.stripe.api-base", "http://127.0.0.1:" + get().port()},
        new String[] {"azora.stripe.secret-key", SECRET_KEY},
        new String[] {"azora.stripe.webhook-secret", WEBHOOK_SECRET + "," + OLD_WEBHOOK_SECRET},
        new String[] {"azora.payments.provider", "offline,stripe"},
        new String[] {"azora.subscription.providers", "wallet,offline,stripe"});
  }

  private static void stubDefaults(WireMockServer w) {
    w.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", "req_fake")
                    .withTransformers("response-template")
                    // The hosted page is this fake too; it carries the success URL to link back.
                    .withBody(
                        "{{formData request.body 'form' urlDecode=true}}"
                            + "{\"id\":\"cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}\","
                            + "\"object\":\"checkout.session\",\"mode\":\"payment\","
                            + "\"payment_status\":\"unpaid\",\"status\":\"open\","
                            + "\"url\":\"{{request.baseUrl}}/c/pay/fake?return="
                            + "{{urlEncode form.success_url}}\"}")));
    w.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/c/pay/fake"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withTransformers("response-template")
                    .withBody(
                        "<!DOCTYPE html><html><head><title>Fake Stripe Checkout</title></head>"
                            + "<body><h1 id=\"fakeCheckout\">Fake Stripe Checkout</h1>"
                            + "<p>The test confirms the payment by webhook, then follows:</p>"
                            + "<a id=\"returnToMerchant\" href=\"{{request.query.return}}\">"
                            + "Return to the merchant</a></body></html>")));
    w.stubFor(
        post(urlEqualTo("/v1/payment_intents"))
            .willReturn(
                jsonTemplate(
                    "{{formData request.body 'form' urlDecode=true}}"
                        + "{\"id\":\"pi_{{randomValue length=24 type='ALPHANUMERIC'}}\","
                        + "\"object\":\"payment_intent\",\"status\":\"succeeded\","
                        + "\"amount\":{{form.amount}},\"currency\":\"{{form.currency}}\","
                        + "\"customer\":\"{{form.customer}}\","
                        + "\"payment_method\":\"{{form.payment_method}}\"}")));
    // Connect: transfers succeed with a fresh id; Express accounts are created with payouts not yet
    // enabled, read back enabled (onboarding done); an account link is a page of this fake that
    // links back to the return URL.
    w.stubFor(post(urlEqualTo("/v1/transfers")).willReturn(jsonTemplate(TRANSFER)));
    w.stubFor(
        post(urlEqualTo("/v1/accounts"))
            .willReturn(
                jsonTemplate(
                    "{\"id\":\"acct_{{randomValue length=16 type='ALPHANUMERIC'}}\","
                        + "\"object\":\"account\",\"type\":\"express\","
                        + "\"payouts_enabled\":false}")));
    w.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                    "/v1/accounts/acct_[A-Za-z0-9]+"))
            .willReturn(
                jsonTemplate(
                    "{\"id\":\"{{request.pathSegments.[2]}}\",\"object\":\"account\","
                        + "\"type\":\"express\",\"payouts_enabled\":true}")));
    w.stubFor(
        post(urlEqualTo("/v1/account_links"))
            .willReturn(
                jsonTemplate(
                    "{{formData request.body 'form' urlDecode=true}}"
                        + "{\"object\":\"account_link\",\"url\":\"{{request.baseUrl}}"
                        + "/connect/onboard?return={{urlEncode form.return_url}}\"}")));
    w.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                jsonTemplate(
                    "{\"id\":\"re_{{randomValue length=24 type='ALPHANUMERIC'}}\","
                        + "\"object\":\"refund\",\"status\":\"succeeded\"}")));
  }

  /**
   * Makes transfers to connected account {@code account} fail with HTTP {@code status} (500: an
   * outage, 400: refused); remove the returned stub with {@link #heal} to let them through again.
   */
  public static StubMapping failTransfersTo(String account, int status) {
    return get()
        .stubFor(
            post(urlEqualTo("/v1/transfers"))
                .withRequestBody(containing("destination=" + account))
                .willReturn(
                    json(
                        status,
                        "{\"error\":{\"type\":\""
                            + (status >= 500 ? "api_error" : "invalid_request_error")
                            + "\",\"message\":\"Fake "
                            + status
                            + " for "
                            + account
                            + "\"}}")));
  }

  /** Transfers to the account succeed after {@code millis} (for kill drills). */
  public static StubMapping slowTransfersTo(String account, int millis) {
    return get()
        .stubFor(
            post(urlEqualTo("/v1/transfers"))
                .withRequestBody(containing("destination=" + account))
                .willReturn(jsonTemplate(TRANSFER).withFixedDelay(millis)));
  }

  public static void heal(StubMapping stub) {
    get().removeStub(stub);
  }

  /** Transfer requests the fake received with this idempotency key. */
  public static int transferRequests(String idempotencyKey) {
    return get()
        .findAll(
            postRequestedFor(urlEqualTo("/v1/transfers"))
                .withHeader("Idempotency-Key", equalTo(idempotencyKey)))
        .size();
  }

  /** Transfer requests the fake received for this connected account, any key. */
  public static List<LoggedRequest> transfersTo(String account) {
    return get()
        .findAll(
            postRequestedFor(urlEqualTo("/v1/transfers"))
                .withRequestBody(containing("destination=" + account)));
  }

  /** Makes Stripe report the session as paid by payment intent {@code paymentIntent}. */
  public static void sessionPaid(String sessionId, String reference, String paymentIntent) {
    get()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get(
                    urlPathEqualTo("/v1/checkout/sessions/" + sessionId))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"id\":\""
                                + sessionId
                                + "\",\"object\":\"checkout.session\",\"mode\":\"payment\","
                                + "\"payment_status\":\"paid\",\"status\":\"complete\","
                                + "\"client_reference_id\":\""
                                + reference
                                + "\",\"payment_intent\":\""
                                + paymentIntent
                                + "\"}")));
  }

  /** Makes Stripe report payment intent {@code id} as paid by {@code customer}'s card. */
  public static void paymentIntent(String id, String customer, String paymentMethod) {
    get()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get(
                    urlPathEqualTo("/v1/payment_intents/" + id))
                .willReturn(
                    json(
                        200,
                        "{\"id\":\""
                            + id
                            + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\","
                            + "\"customer\":\""
                            + customer
                            + "\",\"payment_method\":\""
                            + paymentMethod
                            + "\"}")));
  }

  /**
   * Makes off-session charges of {@code customer} fail as Stripe does: HTTP 402 with a card error
   * ({@code card_declined} or {@code authentication_required}) and the failed payment intent.
   */
  public static void declineCustomer(String customer, String code, String message) {
    get()
        .stubFor(
            post(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("customer=" + customer))
                .willReturn(
                    json(
                        402,
                        "{\"error\":{\"type\":\"card_error\",\"code\":\""
                            + code
                            + "\",\"decline_code\":\"generic_decline\",\"message\":\""
                            + message
                            + "\",\"payment_intent\":{\"id\":\"pi_declined_"
                            + customer
                            + "\",\"object\":\"payment_intent\","
                            + "\"status\":\"requires_payment_method\"}}}")));
  }

  /** Makes Stripe answer refunds of payment intent {@code id} as pending, with id {@code re}. */
  public static void refundPending(String paymentIntent, String refundId) {
    get()
        .stubFor(
            post(urlEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=" + paymentIntent))
                .willReturn(json(200, refund(refundId, paymentIntent, 0, "pending", 0))));
  }

  /** Makes Stripe list {@code refunds} (Refund objects as JSON) for payment intent {@code id}. */
  public static void refundsOf(String paymentIntent, String... refunds) {
    get()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v1/refunds"))
                .withQueryParam("payment_intent", equalTo(paymentIntent))
                .willReturn(
                    json(
                        200,
                        "{\"object\":\"list\",\"url\":\"/v1/refunds\",\"has_more\":false,"
                            + "\"data\":["
                            + String.join(",", refunds)
                            + "]}")));
  }

  /** A Stripe Refund object. */
  public static String refund(
      String id, String paymentIntent, long cents, String status, long created) {
    return "{\"id\":\""
        + id
        + "\",\"object\":\"refund\",\"amount\":"
        + cents
        + ",\"currency\":\"usd\",\"payment_intent\":\""
        + paymentIntent
        + "\",\"status\":\""
        + status
        + "\",\"reason\":\"requested_by_customer\",\"created\":"
        + created
        + "}";
  }

  /** A 200 JSON answer whose body is a WireMock response template. */
  private static ResponseDefinitionBuilder jsonTemplate(String body) {
    return json(200, body).withTransformers("response-template");
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** A {@code Stripe-Signature} header for {@code body} signed now with {@code secret}. */
  public static String sign(String secret, String body) {
    return StripeSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8), Instant.now());
  }
}
