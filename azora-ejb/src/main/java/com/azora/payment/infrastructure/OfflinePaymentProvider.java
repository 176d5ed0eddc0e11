package com.azora.payment.infrastructure;

import com.azora.payment.domain.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bank transfer (or cash) that an admin confirms: checkout only shows the payer the instructions
 * with the order reference; the order stays PENDING until an admin confirms receipt. Refunds are
 * paid back by hand: a refund stays owed (PENDING) until an admin marks it paid back.
 */
@ApplicationScoped
public class OfflinePaymentProvider implements PaymentProvider {

  public static final String NAME = "offline";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CheckoutStart startCheckout(CheckoutRequest request) {
    // The reference is what the payer writes on the transfer; the order page shows the
    // instructions.
    return new CheckoutStart(request.reference(), request.successUrl());
  }

  @Override
  public ChargeResult charge(ChargeRequest request) {
    return new ChargeResult(Status.PENDING, request.reference(), null);
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    return new RefundResult(Status.PENDING, "offline-" + request.idempotencyKey(), null);
  }
}
