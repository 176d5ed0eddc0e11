package com.azora.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The descriptive fields of a course, validated: a course can only hold details that pass here.
 * {@link #problem()} names the first field at fault, for messages next to it.
 */
public record CourseDetails(
    String title,
    String summary,
    String description,
    String category,
    CourseLevel level,
    String language,
    BigDecimal estimatedHours,
    BigDecimal price,
    String currency) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  /** Trims text, applies defaults and rounds money to cents. */
  public CourseDetails {
    title = trim(title);
    summary = trim(summary);
    description = description == null ? "" : description.strip();
    category = trim(category);
    level = level == null ? CourseLevel.BEGINNER : level;
    language = language == null || language.isBlank() ? "en" : language.strip();
    estimatedHours = estimatedHours == null ? BigDecimal.ZERO : estimatedHours;
    price = price == null ? BigDecimal.ZERO : price.setScale(2, RoundingMode.HALF_UP);
    currency =
        currency == null || currency.isBlank() ? "USD" : currency.strip().toUpperCase(Locale.ROOT);
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  /** The first invalid field and why, or null when all is well. */
  public FieldProblem problem() {
    if (title.isEmpty() || title.length() > 160) {
      return new FieldProblem("title", "Give the course a title (up to 160 characters).");
    }
    if (summary.length() > 500) {
      return new FieldProblem("summary", "Keep the summary under 500 characters.");
    }
    if (description.length() > 20_000) {
      return new FieldProblem("description", "Keep the description under 20,000 characters.");
    }
    if (category.isEmpty() || category.length() > 60) {
      return new FieldProblem("category", "Choose a category (up to 60 characters).");
    }
    if (!LANGUAGE.matcher(language).matches()) {
      return new FieldProblem("language", "Use a language code such as en, fr or pt-BR.");
    }
    if (estimatedHours.signum() < 0 || estimatedHours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
      return new FieldProblem("estimatedHours", "Estimated hours must be between 0 and 10,000.");
    }
    if (price.signum() < 0 || price.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      return new FieldProblem("price", "The price must be between 0 and 999,999.99.");
    }
    if (!CURRENCY.matcher(currency).matches()) {
      return new FieldProblem("currency", "Use a three-letter currency code such as USD or ZAR.");
    }
    return null;
  }

  /** A field and the message for it. */
  public record FieldProblem(String field, String message) {}
}
