package com.azora.identity.domain;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords with the parameters every authenticator app supports:
 * SHA-1, 6 digits, 30-second steps.
 */
public final class Totp {

  public static final int PERIOD_SECONDS = 30;
  public static final int DIGITS = 6;
  public static final String ALGORITHM = "HmacSHA1";

  /** Steps accepted either side of now, to absorb phone clock drift and typing time. */
  private static final int WINDOW = 1;

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;

  public Totp(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A new 160-bit secret, the key length RFC 4226 recommends for HMAC-SHA1. */
  public static String newSecret() {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    return Base32.encode(key);
  }

  /**
   * The RFC 4226 dynamically truncated HOTP value of {@code timeStep}, zero-padded.
   *
   * @param digits 1 to 9; the 31-bit truncated value cannot fill more
   */
  public static String code(byte[] key, long timeStep, int digits, String hmacAlgorithm) {
    if (digits < 1 || digits >= POWERS_OF_TEN.length) {
      throw new IllegalArgumentException("digits must be 1 to 9: " + digits);
    }
    byte[] hash =
        hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array(), hmacAlgorithm);
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int otp = binary % POWERS_OF_TEN[digits];
    return String.format("%0" + digits + "d", otp);
  }

  public long currentStep() {
    return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
  }

  /**
   * The time step {@code code} belongs to, if it is within one step of now and later than {@code
   * lastUsedStep}; refusing earlier steps makes every code single-use.
   *
   * @param lastUsedStep the step of the last accepted code, or null if none was accepted yet
   */
  public OptionalLong verify(String base32Secret, String code, Long lastUsedStep) {
    if (code == null || code.length() != DIGITS || !code.chars().allMatch(Totp::isAsciiDigit)) {
      return OptionalLong.empty();
    }
    byte[] key = Base32.decode(base32Secret);
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long now = currentStep();
    OptionalLong match = OptionalLong.empty();
    // Every step in the window is computed so timing does not reveal which one matched.
    for (long step = now - WINDOW; step <= now + WINDOW; step++) {
      byte[] expected = code(key, step, DIGITS, ALGORITHM).getBytes(StandardCharsets.US_ASCII);
      boolean fresh = lastUsedStep == null || step > lastUsedStep;
      if (MessageDigest.isEqual(expected, given) && fresh && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  /** The Key URI Format understood by Google Authenticator and compatible apps. */
  public static String otpauthUri(String issuer, String accountName, String base32Secret) {
    String secret = Base32.encode(Base32.decode(base32Secret));
    return "otpauth://totp/"
        + urlEncode(issuer)
        + ":"
        + urlEncode(accountName)
        + "?secret="
        + secret
        + "&issuer="
        + urlEncode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + PERIOD_SECONDS;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static byte[] hmac(byte[] key, byte[] message, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Unsupported HMAC algorithm: " + algorithm, e);
    }
  }

  /** Percent-encodes spaces as %20, not '+', which authenticator apps show literally. */
  private static String urlEncode(String value) {
    return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
