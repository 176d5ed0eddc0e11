package com.azora.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * SHA-256 of what a request asks for: method, path (with query) and body. Each part is prefixed
 * with its length, so moving bytes from the path into the body never yields the same hash.
 */
public final class RequestFingerprint {

  private RequestFingerprint() {}

  /** Lower-case hex SHA-256 of the request. */
  public static String of(String method, String pathAndQuery, byte[] body) {
    MessageDigest sha = sha256();
    part(
        sha,
        Objects.requireNonNull(method, "method")
            .toUpperCase(Locale.ROOT)
            .getBytes(StandardCharsets.UTF_8));
    part(sha, Objects.requireNonNull(pathAndQuery, "path").getBytes(StandardCharsets.UTF_8));
    part(sha, body == null ? new byte[0] : body);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void part(MessageDigest sha, byte[] bytes) {
    sha.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** True when {@code key} is an acceptable idempotency key: 1 to 255 visible ASCII characters. */
  public static boolean validKey(String key) {
    return key != null && key.matches("[\\x21-\\x7E]{1,255}");
  }
}
