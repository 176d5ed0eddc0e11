package com.azora.payout.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.util.Objects;

/** Pays one payout item out of Azora; an adapter per way of paying (Stripe Connect, bank). */
public interface PayoutProvider {

  /** The provider's name as stored on items ({@code stripe}, {@code bank}). */
  String name();

  /**
   * Sends the payout. Must be safe to call again with the same request (after a crash the item is
   * sent again): providers pass {@link PayoutRequest#idempotencyKey()} on.
   */
  PayoutResult send(PayoutRequest request);

  /** One payout to send; {@code destination} is the connected account or bank account. */
  record PayoutRequest(
      long itemId,
      long batchId,
      long instructorId,
      LedgerCurrency currency,
      BigDecimal amount,
      String destination) {

    public PayoutRequest {
      Objects.requireNonNull(currency);
      Objects.requireNonNull(amount);
      if (amount.signum() <= 0) {
        throw new IllegalArgumentException("A payout is positive, was " + amount);
      }
    }

    /** The key the provider deduplicates on: one transfer per item, however often sent. */
    public String idempotencyKey() {
      return "azora-payout-" + itemId;
    }

    /** The reference the instructor's bank statement shows. */
    public String reference() {
      return PayoutRules.reference(itemId);
    }
  }

  /** What the provider answered. */
  record PayoutResult(Status status, String providerRef, String message) {
    public PayoutResult {
      Objects.requireNonNull(status);
    }
  }

  /**
   * PAID: the money left; AWAITING_CONFIRMATION: handed over, an admin confirms; RETRY: a transient
   * failure (network, 5xx, 429), send again later; FAILED: refused for good (4xx).
   */
  enum Status {
    PAID,
    AWAITING_CONFIRMATION,
    RETRY,
    FAILED
  }
}
