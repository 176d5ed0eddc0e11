package com.azora.e2e.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.azora.payment.infrastructure.StripeSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A fake Stripe API (WireMock) the test server is configured against ({@code
 * azora.stripe.api-base}), started once per test JVM before the server, and the webhook secrets the
 * server trusts. Checkout Sessions and Refunds answer with fresh ids; a test stubs a session's
 * status when it needs one.
 */
public final class FakeStripe {

  public static final String SECRET_KEY = "sk_test_azora_e2e";

  /** The current and the previous webhook secret: the server is configured mid-rotation. */
  public static final String WEBHOOK_SECRET = "whsec_azora_e2e_current";

  public static final String OLD_WEBHOOK_SECRET = "whsec_azora_e2e_previous";

  private static WireMockServer server;

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
        new String[] {"azora.payments.provider", "offline,stripe"});
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
                    .withBody(
                        "{\"id\":\"cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}\","
                            + "\"object\":\"checkout.session\",\"mode\":\"payment\","
                            + "\"payment_status\":\"unpaid\",\"status\":\"open\","
                            + "\"url\":\"https://checkout.stripe.test/c/pay/fake\"}")));
    w.stubFor(
        post(urlEqualTo("/v1/refunds"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody(
                        "{\"id\":\"re_{{randomValue length=24 type='ALPHANUMERIC'}}\","
                            + "\"object\":\"refund\",\"status\":\"succeeded\"}")));
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

  /** A {@code Stripe-Signature} header for {@code body} signed now with {@code secret}. */
  public static String sign(String secret, String body) {
    return StripeSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8), Instant.now());
  }
}
