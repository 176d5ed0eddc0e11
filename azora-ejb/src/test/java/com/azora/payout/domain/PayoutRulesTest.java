package com.azora.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutRulesTest {

  private static final BigDecimal THRESHOLD = new BigDecimal("50.00");
  private static final Duration CAP = Duration.ofMinutes(240);

  @Test
  void backOffDoublesFromOneMinuteUpToTheCap() {
    assertEquals(Duration.ZERO, PayoutRules.backoff(0, CAP));
    assertEquals(Duration.ofMinutes(1), PayoutRules.backoff(1, CAP));
    assertEquals(Duration.ofMinutes(2), PayoutRules.backoff(2, CAP));
    assertEquals(Duration.ofMinutes(4), PayoutRules.backoff(3, CAP));
    assertEquals(Duration.ofMinutes(128), PayoutRules.backoff(8, CAP));
    assertEquals(CAP, PayoutRules.backoff(9, CAP));
    assertEquals(CAP, PayoutRules.backoff(64, CAP), "no overflow on huge attempt counts");
    Instant now = Instant.parse("2026-12-04T02:15:00Z");
    assertEquals(Instant.parse("2026-12-04T02:23:00Z"), PayoutRules.nextAttempt(now, 4, CAP));
  }

  @Test
  void givesUpAtTheMaximumAttempts() {
    assertFalse(PayoutRules.exhausted(4, 5));
    assertTrue(PayoutRules.exhausted(5, 5));
    assertTrue(PayoutRules.exhausted(6, 5));
  }

  @Test
  void paysBalancesAtOrAboveTheThresholdCutToTheCurrencyScale() {
    assertEquals(
        Optional.of(new BigDecimal("50.00")),
        PayoutRules.payable(new BigDecimal("50.00000000"), LedgerCurrency.USD, THRESHOLD));
    assertEquals(
        Optional.of(new BigDecimal("72.34")),
        PayoutRules.payable(new BigDecimal("72.34999999"), LedgerCurrency.EUR, THRESHOLD),
        "never more than is there");
    assertEquals(
        Optional.empty(),
        PayoutRules.payable(new BigDecimal("49.99999999"), LedgerCurrency.USD, THRESHOLD));
    assertEquals(
        Optional.empty(),
        PayoutRules.payable(BigDecimal.ZERO, LedgerCurrency.USD, BigDecimal.ZERO));
    assertEquals(
        Optional.empty(),
        PayoutRules.payable(new BigDecimal("900"), LedgerCurrency.AZR, THRESHOLD),
        "tokens are never paid out");
  }

  @Test
  void networkErrorsServerErrorsAndThrottlingAreRetriedOtherClientErrorsFail() {
    assertEquals(PayoutProvider.Status.RETRY, PayoutRules.classify(null));
    assertEquals(PayoutProvider.Status.RETRY, PayoutRules.classify(0));
    assertEquals(PayoutProvider.Status.RETRY, PayoutRules.classify(500));
    assertEquals(PayoutProvider.Status.RETRY, PayoutRules.classify(503));
    assertEquals(PayoutProvider.Status.RETRY, PayoutRules.classify(429));
    assertEquals(PayoutProvider.Status.FAILED, PayoutRules.classify(400));
    assertEquals(PayoutProvider.Status.FAILED, PayoutRules.classify(402));
    assertEquals(PayoutProvider.Status.FAILED, PayoutRules.classify(404));
  }

  @Test
  void requestsCarryOneIdempotencyKeyAndReferencePerItem() {
    PayoutProvider.PayoutRequest r =
        new PayoutProvider.PayoutRequest(
            42, 7, 3, LedgerCurrency.USD, new BigDecimal("50.00"), "acct_1");
    assertEquals("azora-payout-42", r.idempotencyKey());
    assertEquals("AZORA-PAYOUT-42", r.reference());
  }
}
