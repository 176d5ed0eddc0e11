package com.azora.token.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A passed quiz whose score lies in {@code [min, max]} (inclusive) earns {@code amount}. */
public record QuizBand(BigDecimal min, BigDecimal max, BigDecimal amount) {

  public QuizBand {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(amount, "amount");
  }

  public boolean contains(BigDecimal score) {
    return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
  }

  public boolean overlaps(QuizBand other) {
    return min.compareTo(other.max) <= 0 && other.min.compareTo(max) <= 0;
  }
}
