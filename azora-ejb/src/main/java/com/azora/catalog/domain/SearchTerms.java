package com.azora.catalog.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns what a person types into a safe PostgreSQL prefix query: "data sci" → "data:* & sci:*". */
public final class SearchTerms {

  private static final int MAX_WORDS = 8;

  private SearchTerms() {}

  /** The tsquery text, or null when nothing searchable was typed. */
  public static String prefixQuery(String text) {
    if (text == null) {
      return null;
    }
    String q =
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .limit(MAX_WORDS)
            .map(w -> w + ":*")
            .collect(Collectors.joining(" & "));
    return q.isEmpty() ? null : q;
  }
}
