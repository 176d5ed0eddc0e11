package com.azora.token.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azora.platform.error.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BurnSplitTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theBurnedShareAndTheRevenueAddUpToThePrice() {
    BurnSplit s = BurnSplit.of(d("50"), d("5"));
    assertEquals(d("2.50"), s.burned());
    assertEquals(d("47.50"), s.revenue());
    BurnSplit odd = BurnSplit.of(d("0.33"), d("3"));
    assertEquals(d("0.01"), odd.burned());
    assertEquals(d("0.32"), odd.revenue());
  }

  @Test
  void transferLimitsAndMemo() {
    TransferRules rules = new TransferRules(d("500"), d("1000"));
    assertEquals(d("0.01"), rules.amount(d("0.01")));
    assertEquals(
        "amount", assertThrows(DomainException.class, () -> rules.amount(d("0.009"))).field());
    assertThrows(DomainException.class, () -> rules.amount(d("0")));
    assertThrows(DomainException.class, () -> rules.amount(d("500.01")));
    rules.withinDay(d("100"), d("900"));
    assertThrows(DomainException.class, () -> rules.withinDay(d("100.01"), d("900")));
    assertEquals(null, TransferRules.memo("  "));
    assertEquals("hi", TransferRules.memo(" hi "));
    assertThrows(DomainException.class, () -> TransferRules.memo("x".repeat(141)));
    assertThrows(DomainException.class, () -> TransferRules.notToSelf(4, 4));
  }
}
