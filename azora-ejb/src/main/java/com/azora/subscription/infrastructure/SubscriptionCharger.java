package com.azora.subscription.infrastructure;

import com.azora.payment.domain.PaymentProvider;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the payment provider for a subscription by its {@code name()} among the deployed providers,
 * limited to those {@link ConfigKey#SUBSCRIPTION_PROVIDERS} lists.
 */
@ApplicationScoped
public class SubscriptionCharger {

  @Inject @Any private Instance<PaymentProvider> providers;

  /**
   * Names users may choose, in configured order, that are actually deployed and set up (Stripe
   * needs its key).
   */
  public List<String> available() {
    List<String> names = new ArrayList<>();
    for (String name : configured()) {
      PaymentProvider p = find(name);
      if (p != null && p.configured()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The provider for a new subscription; refuses one not configured or not deployed. */
  public PaymentProvider choose(String name) {
    if (name == null || !available().contains(name)) {
      throw DomainException.invalid("provider", "Choose one of: " + String.join(", ", available()));
    }
    return find(name);
  }

  /** The provider an existing subscription uses, even if it is no longer offered to new ones. */
  public PaymentProvider byName(String name) {
    PaymentProvider p = find(name);
    if (p == null) {
      throw new IllegalStateException("Payment provider " + name + " is not deployed");
    }
    return p;
  }

  private PaymentProvider find(String name) {
    for (PaymentProvider p : providers) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static List<String> configured() {
    return Arrays.stream(ConfigKey.SUBSCRIPTION_PROVIDERS.value().split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
