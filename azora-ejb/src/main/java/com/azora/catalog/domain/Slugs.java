package com.azora.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names for courses: "Intro to Data (2026)" becomes "intro-to-data-2026". */
public final class Slugs {

  private static final int MAX = 60;

  private Slugs() {}

  public static String of(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX) {
      ascii = ascii.substring(0, MAX).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "course" : ascii;
  }

  /** The n-th alternative when the plain slug is taken (n ≥ 2). */
  public static String numbered(String slug, int n) {
    return slug + "-" + n;
  }
}
