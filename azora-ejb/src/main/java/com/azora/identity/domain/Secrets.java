package com.azora.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** Random tokens and their storage form: only a hash of a bearer token is kept at rest. */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code bytes} random bytes, base64url without padding so the token fits in URLs unescaped. */
  public static String randomToken(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be positive: " + bytes);
    }
    byte[] token = new byte[bytes];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** SHA-256 of the UTF-8 bytes as 64 lower-case hex digits. */
  public static String sha256Hex(String value) {
    Objects.requireNonNull(value, "value");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform provides SHA-256", e);
    }
  }

  /**
   * Compares without leaking through timing where the first difference is; false if any is null.
   */
  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
