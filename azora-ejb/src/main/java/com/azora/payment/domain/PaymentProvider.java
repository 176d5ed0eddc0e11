package com.azora.payment.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;

/**
 * A way to take and return money: Stripe, or the offline provider (bank transfer or cash that an
 * admin confirms). Every provider goes through the same order state machine; what a provider
 * reports is applied by one idempotent fulfilment, whether it arrives by webhook, return page or
 * admin confirmation.
 */
public interface PaymentProvider {

  /** Stable name stored on orders ("stripe", "offline"). */
  String name();

  /** Starts paying for an order; the payer is sent to {@code redirectUrl}. */
  CheckoutStart startCheckout(CheckoutRequest request);

  /**
   * Charges a saved payment method without the payer present (subscription renewals). A provider
   * that cannot (offline) answers PENDING: the charge waits for an admin's confirmation.
   */
  ChargeResult charge(ChargeRequest request);

  /** Returns some or all of a captured payment. */
  RefundResult refund(RefundRequest request);

  /** Whether the provider can be used now (Stripe needs a secret key). */
  default boolean configured() {
    return true;
  }

  /** Outcome of a provider call. */
  enum Status {
    SUCCEEDED,
    PENDING,
    FAILED
  }

  record CheckoutRequest(
      String reference,
      BigDecimal amount,
      LedgerCurrency currency,
      String description,
      String customerEmail,
      String successUrl,
      String cancelUrl,
      String idempotencyKey,
      String customerRef) {

    /** A checkout for a payer the provider does not know yet. */
    public CheckoutRequest(
        String reference,
        BigDecimal amount,
        LedgerCurrency currency,
        String description,
        String customerEmail,
        String successUrl,
        String cancelUrl,
        String idempotencyKey) {
      this(
          reference,
          amount,
          currency,
          description,
          customerEmail,
          successUrl,
          cancelUrl,
          idempotencyKey,
          null);
    }
  }

  /** {@code providerRef} identifies the payment at the provider (a Checkout Session id). */
  record CheckoutStart(String providerRef, String redirectUrl) {}

  record ChargeRequest(
      String reference,
      BigDecimal amount,
      LedgerCurrency currency,
      String customerRef,
      String paymentMethodRef,
      String description,
      String idempotencyKey) {}

  record ChargeResult(Status status, String providerRef, String failureMessage) {}

  record RefundRequest(
      String providerPaymentRef,
      BigDecimal amount,
      LedgerCurrency currency,
      String reason,
      String idempotencyKey) {}

  record RefundResult(Status status, String providerRef, String failureMessage) {}
}
