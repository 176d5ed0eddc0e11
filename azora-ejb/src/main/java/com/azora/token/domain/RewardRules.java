package com.azora.token.domain;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.error.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The AZR an event earns and the per-user cap per UTC day. Built only through {@link #of}, which
 * refuses negative amounts, a cap of zero, and quiz bands outside 0..100 or overlapping (the
 * database refuses overlaps too).
 */
public record RewardRules(
    BigDecimal lessonCompleted,
    BigDecimal courseCompleted,
    BigDecimal dailyStreak,
    BigDecimal dailyCap,
    List<QuizBand> quizBands) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static RewardRules of(
      BigDecimal lessonCompleted,
      BigDecimal courseCompleted,
      BigDecimal dailyStreak,
      BigDecimal dailyCap,
      List<QuizBand> bands) {
    BigDecimal lesson = amount("lessonCompleted", lessonCompleted);
    BigDecimal course = amount("courseCompleted", courseCompleted);
    BigDecimal streak = amount("dailyStreak", dailyStreak);
    BigDecimal cap = amount("dailyCap", dailyCap);
    if (cap.signum() == 0) {
      throw DomainException.invalid("dailyCap", "The daily cap must be more than zero.");
    }
    List<QuizBand> sorted = new ArrayList<>();
    for (QuizBand b : bands) {
      if (b.min().signum() < 0 || b.max().compareTo(HUNDRED) > 0) {
        throw DomainException.invalid("bands", "Score bands lie between 0 and 100.");
      }
      if (b.min().compareTo(b.max()) > 0) {
        throw DomainException.invalid(
            "bands", "A band's lower score must not be above its upper score.");
      }
      if (b.min().stripTrailingZeros().scale() > 2 || b.max().stripTrailingZeros().scale() > 2) {
        throw DomainException.invalid("bands", "Scores have at most two decimals.");
      }
      sorted.add(new QuizBand(b.min(), b.max(), amount("bands", b.amount())));
    }
    sorted.sort(Comparator.comparing(QuizBand::min));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw DomainException.invalid(
            "bands",
            "Score bands must not overlap: "
                + label(sorted.get(i - 1))
                + " and "
                + label(sorted.get(i))
                + ".");
      }
    }
    return new RewardRules(lesson, course, streak, cap, List.copyOf(sorted));
  }

  private static String label(QuizBand b) {
    return b.min().stripTrailingZeros().toPlainString()
        + "–"
        + b.max().stripTrailingZeros().toPlainString();
  }

  private static BigDecimal amount(String field, BigDecimal value) {
    if (value == null || value.signum() < 0) {
      throw DomainException.invalid(field, "Enter an amount of zero or more.");
    }
    try {
      return LedgerCurrency.AZR.exact(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, "AZR amounts have at most two decimals.");
    }
  }

  /** What an event earns before the cap; zero when no rule pays for it. */
  public BigDecimal amountFor(RewardKind kind, BigDecimal scorePercent) {
    return switch (kind) {
      case LESSON_COMPLETED -> lessonCompleted;
      case COURSE_COMPLETED -> courseCompleted;
      case DAILY_STREAK -> dailyStreak;
      case QUIZ_PASSED ->
          scorePercent == null
              ? BigDecimal.ZERO
              : quizBands.stream()
                  .filter(b -> b.contains(scorePercent))
                  .map(QuizBand::amount)
                  .findFirst()
                  .orElse(BigDecimal.ZERO);
    };
  }
}
