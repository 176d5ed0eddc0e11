package com.azora.token.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.platform.error.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardRulesTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static QuizBand band(String min, String max, String amount) {
    return new QuizBand(d(min), d(max), d(amount));
  }

  private static RewardRules rules(QuizBand... bands) {
    return RewardRules.of(d("2"), d("25"), d("3"), d("100"), List.of(bands));
  }

  @Test
  void aQuizScoreEarnsTheAmountOfItsBandAndNothingOutsideTheBands() {
    RewardRules r =
        rules(band("80", "99.99", "10"), band("60", "79.99", "5"), band("100", "100", "15"));
    assertEquals(d("5.00"), r.amountFor(RewardKind.QUIZ_PASSED, d("60")));
    assertEquals(d("5.00"), r.amountFor(RewardKind.QUIZ_PASSED, d("79.5")));
    assertEquals(d("10.00"), r.amountFor(RewardKind.QUIZ_PASSED, d("80.00")));
    assertEquals(d("15.00"), r.amountFor(RewardKind.QUIZ_PASSED, d("100")));
    assertEquals(0, r.amountFor(RewardKind.QUIZ_PASSED, d("59.99")).signum());
    assertEquals(0, r.amountFor(RewardKind.QUIZ_PASSED, null).signum());
    assertEquals(d("60"), r.quizBands().get(0).min(), "bands come sorted by score");
  }

  @Test
  void otherEventsEarnTheirFixedAmounts() {
    RewardRules r = rules();
    assertEquals(d("2.00"), r.amountFor(RewardKind.LESSON_COMPLETED, null));
    assertEquals(d("25.00"), r.amountFor(RewardKind.COURSE_COMPLETED, null));
    assertEquals(d("3.00"), r.amountFor(RewardKind.DAILY_STREAK, null));
  }

  @Test
  void overlappingBandsAreRefusedByName() {
    DomainException e =
        assertThrows(
            DomainException.class, () -> rules(band("60", "80", "5"), band("80", "99", "10")));
    assertEquals("bands", e.field());
    assertTrue(e.getMessage().contains("60–80 and 80–99"), e.getMessage());
  }

  @Test
  void badBandsAndAmountsAreRefused() {
    assertThrows(DomainException.class, () -> rules(band("90", "80", "5")));
    assertThrows(DomainException.class, () -> rules(band("-1", "80", "5")));
    assertThrows(DomainException.class, () -> rules(band("60", "101", "5")));
    assertThrows(DomainException.class, () -> rules(band("60", "70", "-5")));
    assertThrows(DomainException.class, () -> rules(band("60", "70", "0.001")));
    DomainException cap =
        assertThrows(
            DomainException.class, () -> RewardRules.of(d("1"), d("1"), d("1"), d("0"), List.of()));
    assertEquals("dailyCap", cap.field());
  }

  @Test
  void enrolmentsEarnNothing() {
    assertEquals(null, RewardKind.ofEvent("ENROLMENT_CREATED"));
    assertEquals(RewardKind.QUIZ_PASSED, RewardKind.ofEvent("QUIZ_PASSED"));
    assertEquals(null, RewardKind.ofEvent("DAILY_STREAK"));
  }
}
