package com.azora.token.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DailyCapTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aRewardBelowWhatIsLeftIsGrantedWhole() {
    assertEquals(d("10.00"), DailyCap.grant(d("10.00"), d("100.00"), d("50.00")));
  }

  @Test
  void aRewardIsCutToWhatIsLeftOfTheCap() {
    assertEquals(d("4.50"), DailyCap.grant(d("10.00"), d("100.00"), d("95.50")));
  }

  @Test
  void nothingIsGrantedOnceTheCapIsReachedOrPassed() {
    assertEquals(0, DailyCap.grant(d("10.00"), d("100.00"), d("100.00")).signum());
    assertEquals(0, DailyCap.grant(d("10.00"), d("50.00"), d("100.00")).signum());
    assertEquals(0, DailyCap.grant(d("0.00"), d("100.00"), d("0.00")).signum());
  }
}
