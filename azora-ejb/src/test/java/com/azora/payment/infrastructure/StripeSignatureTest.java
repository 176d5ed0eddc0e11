package com.azora.payment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {

  private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
  private static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignatureMadeWithTheSecretPasses() {
    String header = StripeSignature.sign("whsec_a", BODY, NOW);
    assertDoesNotThrow(() -> StripeSignature.of("whsec_a").verify(header, BODY, NOW));
  }

  @Test
  void aKnownStripeVectorPasses() throws Exception {
    // HMAC-SHA256("secret", "1700000000.{}") computed independently.
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("secret".getBytes(), "HmacSHA256"));
    String hex = java.util.HexFormat.of().formatHex(mac.doFinal("1700000000.{}".getBytes()));
    Instant t = Instant.ofEpochSecond(1_700_000_000L);
    assertEquals("t=1700000000,v1=" + hex, StripeSignature.sign("secret", body, t));
    assertDoesNotThrow(
        () -> StripeSignature.of("secret").verify("t=1700000000,v1=" + hex, body, t));
  }

  @Test
  void aTamperedBodyFails() {
    String header = StripeSignature.sign("whsec_a", BODY, NOW);
    byte[] tampered = "{\"id\":\"evt_2\",\"type\":\"checkout.session.completed\"}".getBytes();
    assertThrows(
        StripeSignature.Invalid.class,
        () -> StripeSignature.of("whsec_a").verify(header, tampered, NOW));
  }

  @Test
  void aWrongSecretFails() {
    String header = StripeSignature.sign("whsec_other", BODY, NOW);
    assertThrows(
        StripeSignature.Invalid.class,
        () -> StripeSignature.of("whsec_a").verify(header, BODY, NOW));
  }

  @Test
  void anOldSignatureFailsAndOneWithinToleranceIsFine() {
    String old = StripeSignature.sign("whsec_a", BODY, NOW.minusSeconds(301));
    assertThrows(
        StripeSignature.Invalid.class, () -> StripeSignature.of("whsec_a").verify(old, BODY, NOW));
    String edge = StripeSignature.sign("whsec_a", BODY, NOW.minusSeconds(300));
    assertDoesNotThrow(() -> StripeSignature.of("whsec_a").verify(edge, BODY, NOW));
  }

  @Test
  void aSignatureFromTheFutureFails() {
    String future = StripeSignature.sign("whsec_a", BODY, NOW.plusSeconds(301));
    assertThrows(
        StripeSignature.Invalid.class,
        () -> StripeSignature.of("whsec_a").verify(future, BODY, NOW));
  }

  @Test
  void rotatedSecretsAcceptEitherSignature() {
    StripeSignature rotated = StripeSignature.of("whsec_new, whsec_old");
    String byOld = StripeSignature.sign("whsec_old", BODY, NOW);
    String byNew = StripeSignature.sign("whsec_new", BODY, NOW);
    String v1Old = byOld.substring(byOld.indexOf(",v1=") + 1);
    String v1New = byNew.substring(byNew.indexOf(",v1=") + 1);
    String t = "t=" + NOW.getEpochSecond();
    // Stripe sends one v1 per active secret while an endpoint's secret is being rolled.
    assertDoesNotThrow(() -> rotated.verify(t + "," + v1Old + "," + v1New, BODY, NOW));
    assertDoesNotThrow(() -> rotated.verify(byOld, BODY, NOW));
    assertDoesNotThrow(() -> rotated.verify(byNew, BODY, NOW));
    assertDoesNotThrow(
        () -> StripeSignature.of("whsec_new").verify(t + "," + v1Old + "," + v1New, BODY, NOW));
    assertThrows(
        StripeSignature.Invalid.class,
        () -> StripeSignature.of("whsec_third").verify(t + "," + v1Old + "," + v1New, BODY, NOW));
  }

  @Test
  void malformedHeadersFail() {
    StripeSignature s = StripeSignature.of("whsec_a");
    String good = StripeSignature.sign("whsec_a", BODY, NOW);
    for (String header :
        new String[] {
          null,
          "",
          "garbage",
          "t=abc," + good.substring(good.indexOf("v1=")),
          good.substring(good.indexOf("v1=")),
          "t=" + NOW.getEpochSecond(),
          "t=" + NOW.getEpochSecond() + ",v1=zz",
          ",=,"
        }) {
      assertThrows(StripeSignature.Invalid.class, () -> s.verify(header, BODY, NOW), header);
    }
  }

  @Test
  void noConfiguredSecretRefusesEverything() {
    String header = StripeSignature.sign("x", BODY, NOW);
    assertThrows(
        StripeSignature.Invalid.class, () -> StripeSignature.of(" , ").verify(header, BODY, NOW));
  }
}
