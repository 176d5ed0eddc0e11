package com.azora.identity.domain;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One-time recovery codes such as {@code k7p2m-9xq4r}: 10 characters (about 49 bits) from an
 * alphabet without 0/o, 1/l/i so they survive being written down and typed back.
 */
public final class RecoveryCodes {

  static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  static final int LENGTH = 10;

  private static final int DASH_AT = LENGTH / 2;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** {@code count} distinct codes in the canonical form {@link #normalize} produces. */
  public static List<String> generate(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(withDash(randomChars()));
    }
    return List.copyOf(codes);
  }

  /**
   * The canonical form of what a user typed: lower case, no whitespace, dash in the middle when it
   * has the length of a code. Returns "" for null.
   */
  public static String normalize(String input) {
    if (input == null) {
      return "";
    }
    String compact = input.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return compact.length() == LENGTH ? withDash(compact) : compact;
  }

  private static String randomChars() {
    StringBuilder chars = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return chars.toString();
  }

  private static String withDash(String chars) {
    return chars.substring(0, DASH_AT) + "-" + chars.substring(DASH_AT);
  }
}
