package com.azora.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A question as an author (or the demo seeder's JSON) writes it, validated by {@link #problem()}. A
 * TRUE_FALSE question is two options "True" and "False" with exactly one correct.
 */
public record QuestionDraft(
    QuestionType type,
    String prompt,
    BigDecimal points,
    String explanation,
    List<OptionDraft> options,
    List<String> acceptedAnswers,
    String pattern) {

  /** An option of a choice question. */
  public record OptionDraft(String text, boolean correct) {
    public OptionDraft {
      text = text == null ? "" : text.strip();
    }
  }

  /** A field at fault and what to do about it. */
  public record Problem(String field, String message) {}

  public static final int MAX_OPTIONS = 10;
  public static final int MAX_PATTERN = 200;

  public QuestionDraft {
    prompt = prompt == null ? "" : prompt.strip();
    explanation = explanation == null ? "" : explanation.strip();
    options =
        options == null
            ? List.of()
            : options.stream().filter(Objects::nonNull).filter(o -> !o.text().isEmpty()).toList();
    acceptedAnswers =
        acceptedAnswers == null
            ? List.of()
            : acceptedAnswers.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .distinct()
                .toList();
    pattern = pattern == null || pattern.isBlank() ? null : pattern.strip();
  }

  public Problem problem() {
    if (type == null) {
      return new Problem("type", "Choose the kind of question.");
    }
    if (prompt.isEmpty() || prompt.length() > 5000) {
      return new Problem("prompt", "Write the question (up to 5,000 characters).");
    }
    if (points == null
        || points.signum() <= 0
        || points.compareTo(BigDecimal.valueOf(1000)) > 0
        || points.stripTrailingZeros().scale() > 2) {
      return new Problem("points", "Points must be more than 0 and at most 1000 (two decimals).");
    }
    if (explanation.length() > 5000) {
      return new Problem("explanation", "Keep the explanation under 5,000 characters.");
    }
    return type.hasOptions() ? optionsProblem() : textProblem();
  }

  private Problem optionsProblem() {
    if (options.stream().anyMatch(o -> o.text().length() > 500)) {
      return new Problem("options", "Keep each option under 500 characters.");
    }
    long correct = options.stream().filter(OptionDraft::correct).count();
    switch (type) {
      case TRUE_FALSE -> {
        if (options.size() != 2
            || !options.get(0).text().equalsIgnoreCase("True")
            || !options.get(1).text().equalsIgnoreCase("False")
            || correct != 1) {
          return new Problem("options", "Say whether the statement is true or false.");
        }
      }
      case SINGLE_CHOICE -> {
        if (options.size() < 2 || options.size() > MAX_OPTIONS || correct != 1) {
          return new Problem(
              "options", "Give 2 to " + MAX_OPTIONS + " options and mark exactly one correct.");
        }
      }
      default -> {
        if (options.size() < 2 || options.size() > MAX_OPTIONS || correct < 1) {
          return new Problem(
              "options", "Give 2 to " + MAX_OPTIONS + " options and mark at least one correct.");
        }
      }
    }
    return null;
  }

  private Problem textProblem() {
    if (type == QuestionType.ESSAY) {
      return null;
    }
    if (acceptedAnswers.isEmpty() && pattern == null) {
      return new Problem("acceptedAnswers", "Give at least one accepted answer or a pattern.");
    }
    if (acceptedAnswers.size() > 20 || acceptedAnswers.stream().anyMatch(a -> a.length() > 200)) {
      return new Problem(
          "acceptedAnswers", "Give at most 20 accepted answers of up to 200 characters.");
    }
    if (pattern != null) {
      if (pattern.length() > MAX_PATTERN) {
        return new Problem("pattern", "Keep the pattern under " + MAX_PATTERN + " characters.");
      }
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        return new Problem("pattern", "The pattern is not a valid regular expression.");
      }
    }
    return null;
  }
}
