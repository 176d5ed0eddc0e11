package com.azora.payment.infrastructure;

import com.azora.payment.domain.PaymentProvider;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The providers the configuration enables ({@code azora.payments.provider}), by name. */
@ApplicationScoped
public class PaymentProviders {

  @Inject private StripePaymentProvider stripe;
  @Inject private OfflinePaymentProvider offline;

  /** Enabled provider names in configured order (Stripe only with a secret key). */
  public List<String> enabled() {
    return Arrays.stream(ConfigKey.PAYMENTS_PROVIDER.value().split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> s.equals(OfflinePaymentProvider.NAME) || s.equals(StripePaymentProvider.NAME))
        .filter(s -> !s.equals(StripePaymentProvider.NAME) || stripe.configured())
        .distinct()
        .toList();
  }

  /** An enabled provider, or the first enabled when {@code name} is blank. */
  public PaymentProvider forCheckout(String name) {
    List<String> on = enabled();
    if (on.isEmpty()) {
      throw DomainException.conflict("provider", "Payments are not set up on this site.");
    }
    String wanted = name == null || name.isBlank() ? on.get(0) : name.strip();
    if (!on.contains(wanted)) {
      throw DomainException.invalid("provider", "Choose one of: " + String.join(", ", on) + ".");
    }
    return byName(wanted);
  }

  /** The provider an existing order was placed with, enabled or not (refunds of old orders). */
  public PaymentProvider byName(String name) {
    return switch (name) {
      case StripePaymentProvider.NAME -> stripe;
      case OfflinePaymentProvider.NAME -> offline;
      default -> throw new IllegalArgumentException("Unknown provider " + name);
    };
  }

  public StripePaymentProvider stripe() {
    return stripe;
  }
}
