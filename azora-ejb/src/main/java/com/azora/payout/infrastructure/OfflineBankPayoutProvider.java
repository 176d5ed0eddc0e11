package com.azora.payout.infrastructure;

import com.azora.payout.domain.PayoutProvider;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bank transfers made by finance staff: sending only hands the item over (it appears in the batch's
 * bank CSV); an admin confirms it paid, or marks it returned, once the bank has answered.
 */
@ApplicationScoped
public class OfflineBankPayoutProvider implements PayoutProvider {

  public static final String NAME = "bank";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PayoutResult send(PayoutRequest r) {
    return new PayoutResult(Status.AWAITING_CONFIRMATION, r.reference(), null);
  }
}
