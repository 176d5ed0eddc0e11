package com.azora.identity.domain;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** RFC 4648 base32 (upper-case alphabet, no padding), the encoding authenticator apps expect. */
public final class Base32 {

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Base32() {}

  public static String encode(byte[] data) {
    Objects.requireNonNull(data, "data");
    StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.append(ALPHABET[(buffer >> bits) & 0x1f]);
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 0x1f]);
    }
    return out.toString();
  }

  /**
   * Decodes case-insensitively, skipping whitespace and '=' because people copy secrets from
   * screens and other tools pad them. Bits left over after the last whole byte are dropped.
   *
   * @throws IllegalArgumentException on a character outside the base32 alphabet
   */
  public static byte[] decode(String text) {
    Objects.requireNonNull(text, "text");
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=' || Character.isWhitespace(c)) {
        continue;
      }
      buffer = (buffer << 5) | valueAt(text, i);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.write((buffer >> bits) & 0xff);
      }
    }
    return out.toByteArray();
  }

  private static int valueAt(String text, int index) {
    char c = text.charAt(index);
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '2' && c <= '7') {
      return c - '2' + 26;
    }
    // The position, not the character, so a mistyped secret does not end up in logs.
    throw new IllegalArgumentException("Not a base32 character at index " + index);
  }
}
