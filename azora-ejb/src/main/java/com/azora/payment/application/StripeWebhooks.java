package com.azora.payment.application;

import com.azora.payment.domain.PurchaseOrder;
import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.payment.infrastructure.StripeSignature;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Applies Stripe's webhook events: anonymous (Stripe has no account here), so the signature is the
 * authentication. Each event id is applied once (a unique row written in the same transaction);
 * payment events run the one idempotent fulfilment, so events arriving twice or out of order
 * converge on the same paid order.
 */
@Stateless
@Anonymous
public class StripeWebhooks {

  private static final Logger LOG = Logger.getLogger(StripeWebhooks.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Fulfilment fulfilment;
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
    return switch (type) {
      case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
          "paid".equals(object.getString("payment_status", ""))
              ? fulfil(
                  object.getString("client_reference_id", null), string(object, "payment_intent"))
              : Outcome.IGNORED;
      case "payment_intent.succeeded" -> {
        JsonObject meta = object.getJsonObject("metadata");
        yield fulfil(meta == null ? null : meta.getString("orderId", null), string(object, "id"));
      }
      // Refunds are started here and booked when made; one made in Stripe's dashboard is
      // not mirrored automatically (an admin records it on the payments page).
      default -> Outcome.IGNORED;
    };
  }

  private Outcome fulfil(String reference, String paymentIntent) {
    if (reference == null) {
      return Outcome.IGNORED;
    }
    PurchaseOrder o =
        em.createNamedQuery("PurchaseOrder.byReference", PurchaseOrder.class)
            .setParameter("ref", reference)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null || !StripePaymentProvider.NAME.equals(o.getProvider())) {
      LOG.warning("Stripe event for unknown order " + reference);
      return Outcome.IGNORED;
    }
    fulfilment.fulfil(o.getId(), paymentIntent, null);
    return Outcome.APPLIED;
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
