package com.azora.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores quiz answers; pure, so every rule has a plain unit test.
 *
 * <ul>
 *   <li>SINGLE_CHOICE, TRUE_FALSE: full points when exactly the correct option is selected, else 0.
 *   <li>MULTIPLE_CHOICE (Moodle-like partial credit with penalty): each correct option selected
 *       earns 1/C of the points, each wrong option selected costs 1/W (C correct and W wrong
 *       options), clamped to 0..points. So all correct options and nothing else earns everything,
 *       and ticking every option earns 0.
 *   <li>SHORT_ANSWER: full points when the answer, trimmed and case-folded, equals an accepted
 *       answer, or the trimmed answer matches the pattern in full. The pattern is applied to at
 *       most {@value #MAX_MATCHED_ANSWER} characters and gives up after {@link #MATCH_TIMEOUT},
 *       counting as no match, so a catastrophic pattern cannot hang the server.
 *   <li>ESSAY: {@code null} (a person grades it) unless left blank, which scores 0.
 * </ul>
 *
 * Points are rounded to 2 decimals half-up; the attempt's percent is rounded down to 2 decimals so
 * rounding never lifts an attempt over the pass mark; pass is percent &gt;= passing percent.
 */
public final class QuizScorer {

  public static final int MAX_MATCHED_ANSWER = 500;
  public static final Duration MATCH_TIMEOUT = Duration.ofMillis(100);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private QuizScorer() {}

  /** What is needed to score a question: options' correctness in authored order, answers. */
  public record Key(
      QuestionType type,
      BigDecimal points,
      List<Boolean> correctOptions,
      List<String> acceptedAnswers,
      String pattern) {}

  /** A student's answer: selected option positions (authored order) and/or text. */
  public record Response(Set<Integer> selected, String text) {
    public Response {
      selected = selected == null ? Set.of() : Set.copyOf(selected);
    }

    public static Response none() {
      return new Response(Set.of(), null);
    }

    public boolean blank() {
      return selected.isEmpty() && (text == null || text.isBlank());
    }
  }

  /** An attempt's total. */
  public record Total(BigDecimal score, BigDecimal max, BigDecimal percent, boolean passed) {}

  /** The points earned, or {@code null} when the answer needs a person to grade it. */
  public static BigDecimal score(Key key, Response r) {
    return switch (key.type()) {
      case SINGLE_CHOICE, TRUE_FALSE -> single(key, r);
      case MULTIPLE_CHOICE -> multiple(key, r);
      case SHORT_ANSWER -> shortAnswer(key, r) ? scaled(key.points()) : zero();
      case ESSAY -> r.text() == null || r.text().isBlank() ? zero() : null;
    };
  }

  private static BigDecimal single(Key key, Response r) {
    if (r.selected().size() != 1) {
      return zero();
    }
    int i = r.selected().iterator().next();
    boolean right = i >= 0 && i < key.correctOptions().size() && key.correctOptions().get(i);
    return right ? scaled(key.points()) : zero();
  }

  private static BigDecimal multiple(Key key, Response r) {
    List<Boolean> correct = key.correctOptions();
    int c = (int) correct.stream().filter(b -> b).count();
    int w = correct.size() - c;
    int rightPicked = 0;
    int wrongPicked = 0;
    for (int i : r.selected()) {
      if (i < 0 || i >= correct.size()) {
        continue;
      }
      if (correct.get(i)) {
        rightPicked++;
      } else {
        wrongPicked++;
      }
    }
    if (c == 0) {
      return zero();
    }
    // fraction = right/c - wrong/w, over a common denominator to stay exact.
    BigDecimal numerator =
        BigDecimal.valueOf((long) rightPicked * Math.max(w, 1) - (long) wrongPicked * c);
    BigDecimal denominator = BigDecimal.valueOf((long) c * Math.max(w, 1));
    if (numerator.signum() <= 0) {
      return zero();
    }
    return key.points().multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
  }

  private static boolean shortAnswer(Key key, Response r) {
    if (r.text() == null) {
      return false;
    }
    String answer = r.text().strip();
    if (answer.isEmpty()) {
      return false;
    }
    String folded = fold(answer);
    for (String accepted : key.acceptedAnswers()) {
      if (fold(accepted.strip()).equals(folded)) {
        return true;
      }
    }
    return key.pattern() != null && matchesInFull(key.pattern(), answer);
  }

  /** Case-folding for comparison: upper then lower case, locale-independent. */
  static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code answer} matches {@code pattern} in full, within {@link #MATCH_TIMEOUT}; an
   * invalid or too slow pattern, or a too long answer, does not match.
   */
  public static boolean matchesInFull(String pattern, String answer) {
    if (pattern.length() > QuestionDraft.MAX_PATTERN || answer.length() > MAX_MATCHED_ANSWER) {
      return false;
    }
    try {
      Pattern p = Pattern.compile(pattern);
      return p.matcher(new Deadlined(answer, System.nanoTime() + MATCH_TIMEOUT.toNanos()))
          .matches();
    } catch (RuntimeException e) {
      // PatternSyntaxException, or the deadline passed (catastrophic backtracking).
      return false;
    }
  }

  /** Sums points; percent rounded down; pass when percent >= passing percent. */
  public static Total total(List<BigDecimal> points, BigDecimal max, BigDecimal passingPercent) {
    BigDecimal score = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    if (score.compareTo(max) > 0) {
      score = max.setScale(2);
    }
    BigDecimal percent =
        max.signum() == 0
            ? BigDecimal.ZERO.setScale(2)
            : score.multiply(HUNDRED).divide(max, 2, RoundingMode.DOWN);
    return new Total(score, max, percent, percent.compareTo(passingPercent) >= 0);
  }

  private static BigDecimal scaled(BigDecimal points) {
    return points.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  /** A char sequence that throws once its deadline passes, which stops a runaway regex match. */
  private record Deadlined(CharSequence text, long deadlineNanos) implements CharSequence {
    @Override
    public char charAt(int index) {
      if (System.nanoTime() > deadlineNanos) {
        throw new IllegalStateException("pattern match timed out");
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadlined(text.subSequence(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
