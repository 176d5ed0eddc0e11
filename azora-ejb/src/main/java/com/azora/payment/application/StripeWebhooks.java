package com.azora.payment.application;

import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.infrastructure.PaymentProviders;
import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.payment.infrastructure.StripeSignature;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies Stripe's webhook events: anonymous (Stripe has no account here), so the signature is the
 * authentication. Each event id is applied once (a unique row written in the same transaction);
 * payment events run the one idempotent fulfilment, so events arriving twice or out of order
 * converge on the same paid order, and save the buyer's card for renewals; refund events book
 * refunds made in Stripe's dashboard and confirm the ones Azora made (matched on Stripe's refund
 * id, so none is booked twice).
 */
@Stateless
@Anonymous
public class StripeWebhooks {

  private static final Logger LOG = Logger.getLogger(StripeWebhooks.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Fulfilment fulfilment;
  @Inject private StripeRefunds refunds;
  @Inject private PaymentCustomers customers;
  @Inject private PaymentProviders providers;
  @Inject private Clock clock;

  /** What happened to an event. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    IGNORED
  }

  public Outcome receive(String signatureHeader, byte[] body) {
    try {
      StripeSignature.of(ConfigKey.STRIPE_WEBHOOK_SECRET.value())
          .verify(signatureHeader, body, Instant.now(clock));
    } catch (StripeSignature.Invalid e) {
      LOG.warning("Stripe webhook refused: " + e.getMessage());
      throw DomainException.invalid("Stripe-Signature", "Invalid signature.");
    }
    JsonObject event;
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
      event = r.readObject();
    } catch (RuntimeException e) {
      throw DomainException.invalid("body", "Not a JSON event.");
    }
    String id = event.getString("id", null);
    String type = event.getString("type", "");
    if (id == null || id.isBlank()) {
      throw DomainException.invalid("body", "An event has an id.");
    }
    int fresh =
        em.createNativeQuery(
                "insert into payment_event (provider, event_id, type) values (?1, ?2, ?3)"
                    + " on conflict (provider, event_id) do nothing")
            .setParameter(1, StripePaymentProvider.NAME)
            .setParameter(2, id)
            .setParameter(3, type.length() > 100 ? type.substring(0, 100) : type)
            .executeUpdate();
    if (fresh == 0) {
      return Outcome.DUPLICATE;
    }
    JsonObject object = object(event);
    Instant now = Instant.now(clock);
    return switch (type) {
      case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
        if (!"paid".equals(object.getString("payment_status", ""))) {
          yield Outcome.IGNORED;
        }
        String intent = string(object, "payment_intent");
        PurchaseOrder o = fulfil(object.getString("client_reference_id", null), intent);
        if (o != null) {
          saveCard(o, string(object, "customer"), null, intent);
        }
        yield o == null ? Outcome.IGNORED : Outcome.APPLIED;
      }
      case "payment_intent.succeeded" -> {
        JsonObject meta = object.getJsonObject("metadata");
        PurchaseOrder o =
            fulfil(meta == null ? null : meta.getString("orderId", null), string(object, "id"));
        if (o != null) {
          saveCard(o, string(object, "customer"), string(object, "payment_method"), null);
        }
        yield o == null ? Outcome.IGNORED : Outcome.APPLIED;
      }
      case "charge.refunded" -> refundsOfCharge(object, now);
      case "refund.created", "refund.updated", "refund.failed", "charge.refund.updated" ->
          refunds.apply(StripePaymentProvider.StripeRefund.of(object), now)
              ? Outcome.APPLIED
              : Outcome.IGNORED;
      default -> Outcome.IGNORED;
    };
  }

  /**
   * A charge was refunded (in part, possibly in Stripe's dashboard): each of its refunds is
   * applied, oldest first. Recent API versions leave the charge's refund list out; then Stripe is
   * asked for the payment intent's refunds.
   */
  private Outcome refundsOfCharge(JsonObject charge, Instant now) {
    String intent = string(charge, "payment_intent");
    List<StripePaymentProvider.StripeRefund> list = new ArrayList<>();
    JsonObject embedded = charge.get("refunds") instanceof JsonObject r ? r : null;
    if (embedded != null && embedded.get("data") instanceof JsonArray data) {
      for (JsonValue v : data) {
        if (v instanceof JsonObject refund) {
          list.add(StripePaymentProvider.StripeRefund.of(refund));
        }
      }
      list.sort(Comparator.comparingLong(StripePaymentProvider.StripeRefund::created));
    } else if (intent != null) {
      list.addAll(providers.stripe().refunds(intent));
    }
    boolean applied = false;
    for (StripePaymentProvider.StripeRefund r : list) {
      applied |= refunds.apply(r.paymentIntent() == null ? withIntent(r, intent) : r, now);
    }
    return applied ? Outcome.APPLIED : Outcome.IGNORED;
  }

  private static StripePaymentProvider.StripeRefund withIntent(
      StripePaymentProvider.StripeRefund r, String intent) {
    return new StripePaymentProvider.StripeRefund(
        r.id(),
        intent,
        r.amount(),
        r.currency(),
        r.status(),
        r.reason(),
        r.failureReason(),
        r.created());
  }

  /**
   * Remembers the buyer's Stripe customer and card for renewals; the Checkout Session names only
   * the customer, so its payment intent is asked for the card (a failure there only logs: the
   * payment_intent.succeeded event carries both).
   */
  private void saveCard(PurchaseOrder o, String customer, String paymentMethod, String intent) {
    if (customer == null) {
      return;
    }
    String method = paymentMethod;
    if (method == null && intent != null) {
      try {
        method = providers.stripe().card(intent).paymentMethod();
      } catch (DomainException e) {
        LOG.warning("Card of " + o.getReference() + " not saved yet: " + e.getMessage());
      }
    }
    customers.remember(o.getUserId(), StripePaymentProvider.NAME, customer, method);
  }

  private PurchaseOrder fulfil(String reference, String paymentIntent) {
    if (reference == null) {
      return null;
    }
    PurchaseOrder o =
        em.createNamedQuery("PurchaseOrder.byReference", PurchaseOrder.class)
            .setParameter("ref", reference)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null || !StripePaymentProvider.NAME.equals(o.getProvider())) {
      LOG.warning("Stripe event for unknown order " + reference);
      return null;
    }
    fulfilment.fulfil(o.getId(), paymentIntent, null);
    return o;
  }

  private static JsonObject object(JsonObject event) {
    JsonObject data = event.getJsonObject("data");
    JsonObject object = data == null ? null : data.getJsonObject("object");
    if (object == null) {
      throw DomainException.invalid("body", "An event carries data.object.");
    }
    return object;
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof jakarta.json.JsonString s ? s.getString() : null;
  }
}
