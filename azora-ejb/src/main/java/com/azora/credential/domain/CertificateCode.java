package com.azora.credential.domain;

import com.azora.identity.domain.Base32;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's public code: 80 random bits as four groups of four base32 characters ({@code
 * ABCD-EFGH-IJKL-MNOP}), unguessable and easy to read aloud or type.
 */
public final class CertificateCode {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT = Pattern.compile("^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$");

  private CertificateCode() {}

  public static String generate() {
    byte[] bits = new byte[10];
    RANDOM.nextBytes(bits);
    String raw = Base32.encode(bits);
    return group(raw);
  }

  public static boolean isValid(String code) {
    return code != null && FORMAT.matcher(code).matches();
  }

  /**
   * The code as stored, from what a person typed or pasted (any case, spaces or dashes anywhere);
   * empty when it cannot be a code.
   */
  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String raw = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (raw.length() != 16) {
      return Optional.empty();
    }
    String code = group(raw);
    return isValid(code) ? Optional.of(code) : Optional.empty();
  }

  private static String group(String raw) {
    return raw.substring(0, 4)
        + "-"
        + raw.substring(4, 8)
        + "-"
        + raw.substring(8, 12)
        + "-"
        + raw.substring(12, 16);
  }
}
