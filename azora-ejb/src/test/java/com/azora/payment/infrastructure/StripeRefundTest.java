package com.azora.payment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.PaymentProvider;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StripeRefundTest {

  @Test
  void readsARefundObjectAsStripeSendsIt() {
    var r =
        StripePaymentProvider.StripeRefund.of(
            Json.createReader(
                    new StringReader(
                        "{\"id\":\"re_1\",\"object\":\"refund\",\"amount\":1234,"
                            + "\"currency\":\"usd\",\"payment_intent\":\"pi_9\","
                            + "\"status\":\"failed\",\"failure_reason\":\"expired_or_canceled_card\","
                            + "\"reason\":null,\"created\":1700000000}"))
                .readObject());
    assertEquals("re_1", r.id());
    assertEquals("pi_9", r.paymentIntent());
    assertEquals("failed", r.status());
    assertEquals("expired_or_canceled_card", r.failureReason());
    assertNull(r.reason());
    assertEquals(1700000000L, r.created());
    assertEquals(new BigDecimal("12.34"), r.amountIn(LedgerCurrency.USD));
  }

  @Test
  void aChargeWithoutASavedCardFailsWithoutAskingStripe() {
    var result =
        new StripePaymentProvider()
            .charge(
                new PaymentProvider.ChargeRequest(
                    "subscription-invoice:1",
                    new BigDecimal("12.00"),
                    LedgerCurrency.USD,
                    "user:7",
                    null,
                    "Azora Pro",
                    "subscription-invoice:1:attempt:1"));
    assertEquals(PaymentProvider.Status.FAILED, result.status());
    assertEquals(
        "No card is saved for this account: pay for a course by card once to save one.",
        result.failureMessage());
  }
}
