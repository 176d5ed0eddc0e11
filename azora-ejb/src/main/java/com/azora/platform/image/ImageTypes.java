package com.azora.platform.image;

import java.util.Optional;

/** Recognises accepted image formats by their leading bytes, never by name or declared type. */
public final class ImageTypes {

  private ImageTypes() {}

  public static Optional<String> detect(byte[] d) {
    if (d == null || d.length < 12) {
      return Optional.empty();
    }
    if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (starts(d, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(d, 'G', 'I', 'F', '8') && (d[4] == '7' || d[4] == '9') && d[5] == 'a') {
      return Optional.of("image/gif");
    }
    if (starts(d, 'R', 'I', 'F', 'F')
        && d[8] == 'W'
        && d[9] == 'E'
        && d[10] == 'B'
        && d[11] == 'P') {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] d, int... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((d[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
