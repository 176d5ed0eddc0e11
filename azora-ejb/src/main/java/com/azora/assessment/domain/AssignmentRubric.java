package com.azora.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rubric arithmetic: an assignment's maximum is the sum of its criteria; a grade sums the points.
 */
public final class AssignmentRubric {

  /** Points are kept to two decimals, like the database columns. */
  public static final int SCALE = 2;

  private static final BigDecimal CEILING = new BigDecimal("999999.99");

  private AssignmentRubric() {}

  /** A rubric line: what is judged and how many points it is worth. */
  public record Line(Long id, String title, BigDecimal maxPoints) {}

  /** A grade computed from rubric points. */
  public record Grade(BigDecimal points, BigDecimal maxPoints, boolean passed) {}

  /** A rule broken by what an author or grader entered; {@code index} is the rubric line. */
  public static final class Problem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int index;

    public Problem(int index, String message) {
      super(message);
      this.index = index;
    }

    public int index() {
      return index;
    }
  }

  /** The maximum of a rubric, after checking each line (title present, points above zero). */
  public static BigDecimal total(List<Line> lines) {
    if (lines.isEmpty()) {
      throw new Problem(-1, "Add at least one rubric criterion.");
    }
    if (lines.size() > 50) {
      throw new Problem(-1, "Keep the rubric to 50 criteria.");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.title() == null || l.title().isBlank() || l.title().strip().length() > 200) {
        throw new Problem(i, "Give criterion " + (i + 1) + " a title (up to 200 characters).");
      }
      BigDecimal max = l.maxPoints();
      if (max == null || max.signum() <= 0 || max.scale() > SCALE && !exact(max)) {
        throw new Problem(
            i, "Criterion " + (i + 1) + " needs points above zero (at most two decimals).");
      }
      sum = sum.add(max);
    }
    if (sum.compareTo(CEILING) > 0) {
      throw new Problem(-1, "The rubric is worth too many points.");
    }
    return sum.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** Checks the passing points against the maximum. */
  public static void checkPassing(BigDecimal passing, BigDecimal max) {
    if (passing == null || passing.signum() < 0 || passing.compareTo(max) > 0) {
      throw new Problem(-1, "Passing points must be between 0 and the maximum (" + max + ").");
    }
  }

  /**
   * Grades with the points given per rubric line id; every line needs points between 0 and its
   * maximum. Passed when the total reaches {@code passing}.
   */
  public static Grade grade(List<Line> lines, Map<Long, BigDecimal> given, BigDecimal passing) {
    Objects.requireNonNull(passing);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      BigDecimal p = given.get(l.id());
      if (p == null) {
        throw new Problem(i, "Give points for \u201c" + l.title() + "\u201d.");
      }
      if (p.signum() < 0 || p.compareTo(l.maxPoints()) > 0 || p.scale() > SCALE && !exact(p)) {
        throw new Problem(
            i,
            "Points for \u201c"
                + l.title()
                + "\u201d must be between 0 and "
                + l.maxPoints().stripTrailingZeros().toPlainString()
                + ".");
      }
      sum = sum.add(p);
    }
    BigDecimal max = total(lines);
    return new Grade(
        sum.setScale(SCALE, RoundingMode.UNNECESSARY), max, sum.compareTo(passing) >= 0);
  }

  private static boolean exact(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= SCALE;
  }
}
