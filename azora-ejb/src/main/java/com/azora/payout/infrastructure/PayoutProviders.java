package com.azora.payout.infrastructure;

import com.azora.payout.domain.PayoutProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The payout providers by the name stored on items. */
@ApplicationScoped
public class PayoutProviders {

  @Inject private StripeConnectPayoutProvider stripe;
  @Inject private OfflineBankPayoutProvider bank;

  public PayoutProvider byName(String name) {
    return switch (name) {
      case StripeConnectPayoutProvider.NAME -> stripe;
      case OfflineBankPayoutProvider.NAME -> bank;
      default -> throw new IllegalArgumentException("Unknown payout provider " + name);
    };
  }

  public StripeConnectPayoutProvider stripe() {
    return stripe;
  }
}
