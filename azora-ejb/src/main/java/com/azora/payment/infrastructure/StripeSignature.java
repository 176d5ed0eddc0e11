package com.azora.payment.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a {@code Stripe-Signature} header ({@code t=<unix seconds>,v1=<hex>,v1=<hex>...}): an
 * HMAC-SHA256 of {@code t + "." + body} under any configured secret must equal any v1, and t must
 * be within the tolerance of now in both directions (a replayed or pre-dated event is refused).
 * Several secrets let an operator rotate the webhook secret without dropping events.
 */
public final class StripeSignature {

  /** Stripe's own default tolerance. */
  public static final long TOLERANCE_SECONDS = 300;

  private final List<String> secrets;
  private final long toleranceSeconds;

  public StripeSignature(List<String> secrets, long toleranceSeconds) {
    this.secrets =
        Objects.requireNonNull(secrets, "secrets").stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    this.toleranceSeconds = toleranceSeconds;
  }

  /** From the comma-separated configuration value. */
  public static StripeSignature of(String commaSeparatedSecrets) {
    return new StripeSignature(
        List.of(commaSeparatedSecrets == null ? new String[0] : commaSeparatedSecrets.split(",")),
        TOLERANCE_SECONDS);
  }

  /** Why a signature was refused. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message);
    }
  }

  /** Passes silently, or says why the request must be refused. */
  public void verify(String header, byte[] body, Instant now) throws Invalid {
    if (secrets.isEmpty()) {
      throw new Invalid("No webhook secret is configured");
    }
    if (header == null || header.isBlank() || header.length() > 4096) {
      throw new Invalid("Missing Stripe-Signature header");
    }
    Long timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new Invalid("Malformed Stripe-Signature header");
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (key.equals("t")) {
        if (!value.matches("\\d{1,12}")) {
          throw new Invalid("Malformed timestamp");
        }
        timestamp = Long.parseLong(value);
      } else if (key.equals("v1")) {
        if (!value.matches("[0-9a-fA-F]{64}")) {
          continue; // not a SHA-256 signature: cannot match, but others may
        }
        signatures.add(HexFormat.of().parseHex(value));
      }
      // other schemes (v0 test signatures) are ignored, as Stripe advises
    }
    if (timestamp == null || signatures.isEmpty()) {
      throw new Invalid("Malformed Stripe-Signature header");
    }
    if (Math.abs(now.getEpochSecond() - timestamp) > toleranceSeconds) {
      throw new Invalid("Timestamp outside the tolerance");
    }
    byte[] payload = concat(timestamp, body);
    boolean match = false;
    for (String secret : secrets) {
      byte[] expected = hmac(secret, payload);
      for (byte[] candidate : signatures) {
        // constant-time, and no early exit: timing reveals nothing about which part matched
        match |= MessageDigest.isEqual(expected, candidate);
      }
    }
    if (!match) {
      throw new Invalid("No signature matches");
    }
  }

  /** The header Stripe would send for {@code body} at {@code time} (tests and tools). */
  public static String sign(String secret, byte[] body, Instant time) {
    long t = time.getEpochSecond();
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, concat(t, body)));
  }

  private static byte[] concat(long timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  private static byte[] hmac(String secret, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
