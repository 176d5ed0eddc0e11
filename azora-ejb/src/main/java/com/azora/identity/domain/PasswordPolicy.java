package com.azora.identity.domain;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Password rules after NIST SP 800-63B and OWASP ASVS 5: a length range and a guessability check,
 * deliberately no composition rules (they push people to predictable patterns). Thread-safe; share
 * one instance because loading zxcvbn's dictionaries is costly.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** zxcvbn's "safely unguessable" level: about 10^8 guesses or more. */
  private static final int MIN_SCORE = 3;

  private static final int MIN_USER_TOKEN_LENGTH = 3;
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  // Zxcvbn keeps only read-only dictionaries; every measure() builds its own matcher state.
  private final Zxcvbn zxcvbn = new Zxcvbn();

  /**
   * User-readable reasons to refuse {@code password}; empty when acceptable.
   *
   * @param userInputs facts about the user (email, name) that must not make up the password
   */
  public List<String> problems(String password, String... userInputs) {
    if (password == null || password.isBlank()) {
      return List.of("Enter a password.");
    }
    // Code points, so an emoji or other supplementary character counts once, as the user sees it.
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return List.of("Use at least " + MIN_LENGTH + " characters.");
    }
    if (length > MAX_LENGTH) {
      return List.of("Use at most " + MAX_LENGTH + " characters.");
    }
    Strength strength = zxcvbn.measure(password, dictionaryWords(userInputs));
    if (strength.getScore() >= MIN_SCORE) {
      return List.of();
    }
    return List.of(tooEasyMessage(strength.getFeedback()));
  }

  private static String tooEasyMessage(Feedback feedback) {
    StringBuilder message = new StringBuilder("This password is too easy to guess.");
    String warning = feedback.getWarning(Locale.ENGLISH);
    if (warning != null && !warning.isBlank()) {
      message.append(' ').append(warning);
    }
    List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
    if (!suggestions.isEmpty()) {
      message.append(' ').append(suggestions.get(0));
    }
    return message.toString();
  }

  /**
   * Each input whole plus its alphanumeric parts and their concatenation, so "Jane Doe" and
   * "jane.doe@example.com" also catch "JaneDoe", "doe" and "example".
   */
  private static List<String> dictionaryWords(String... userInputs) {
    Set<String> words = new LinkedHashSet<>();
    for (String input : userInputs == null ? new String[0] : userInputs) {
      if (input == null || input.isBlank()) {
        continue;
      }
      String lower = input.strip().toLowerCase(Locale.ROOT);
      addWithParts(words, lower);
      int at = lower.indexOf('@');
      if (at > 0) {
        addWithParts(words, lower.substring(0, at));
      }
    }
    words.removeIf(String::isEmpty);
    return List.copyOf(words);
  }

  private static void addWithParts(Set<String> words, String value) {
    words.add(value);
    String[] parts = NON_ALPHANUMERIC.split(value);
    words.add(String.join("", parts));
    for (String part : parts) {
      if (part.length() >= MIN_USER_TOKEN_LENGTH) {
        words.add(part);
      }
    }
  }
}
