package com.azora.payment.infrastructure;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.PaymentProvider;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stripe through its official client: Checkout Sessions for the payer present, confirmed
 * off-session PaymentIntents for renewals, Refunds against the payment intent. The client is built
 * from the configuration on each call so a rotated key or a test's fake API applies at once.
 */
@ApplicationScoped
public class StripePaymentProvider implements PaymentProvider {

  public static final String NAME = "stripe";
  private static final Logger LOG = Logger.getLogger(StripePaymentProvider.class.getName());

  /** What Stripe says about a Checkout Session: paid or not, and the payment intent it made. */
  public record SessionState(boolean paid, String paymentIntentId, String clientReferenceId) {}

  /**
   * A Stripe Refund as Azora reads it (from a webhook's JSON or the API): {@code amount} in minor
   * units, {@code status} pending, requires_action, succeeded, failed or canceled.
   */
  public record StripeRefund(
      String id,
      String paymentIntent,
      long amount,
      String currency,
      String status,
      String reason,
      String failureReason,
      long created) {

    public static StripeRefund of(JsonObject r) {
      return new StripeRefund(
          text(r, "id"),
          text(r, "payment_intent"),
          r.containsKey("amount") && r.get("amount") instanceof JsonNumber n ? n.longValue() : 0,
          text(r, "currency"),
          text(r, "status"),
          text(r, "reason"),
          text(r, "failure_reason"),
          r.get("created") instanceof JsonNumber c ? c.longValue() : 0);
    }

    static StripeRefund of(Refund r) {
      return new StripeRefund(
          r.getId(),
          r.getPaymentIntent(),
          r.getAmount() == null ? 0 : r.getAmount(),
          r.getCurrency(),
          r.getStatus(),
          r.getReason(),
          r.getFailureReason(),
          r.getCreated() == null ? 0 : r.getCreated());
    }

    /** The amount in {@code currency}'s major units. */
    public BigDecimal amountIn(LedgerCurrency c) {
      return BigDecimal.valueOf(amount, c.scale());
    }

    private static String text(JsonObject o, String key) {
      JsonValue v = o.get(key);
      return v instanceof JsonString s ? s.getString() : null;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Whether a secret key is configured. */
  @Override
  public boolean configured() {
    return !ConfigKey.STRIPE_SECRET_KEY.value().isBlank();
  }

  /** A client on the configured key and API base (payouts use it too). */
  public StripeClient client() {
    String key = ConfigKey.STRIPE_SECRET_KEY.value().strip();
    if (key.isEmpty()) {
      throw DomainException.conflict("provider", "Card payments are not configured.");
    }
    return StripeClient.builder()
        .setApiKey(key)
        .setApiBase(ConfigKey.STRIPE_API_BASE.value().strip())
        .setConnectTimeout(10_000)
        .setReadTimeout(30_000)
        .setMaxNetworkRetries(1)
        .build();
  }

  /** Stripe counts in minor units (cents). */
  static long minor(BigDecimal amount, LedgerCurrency currency) {
    if (currency == LedgerCurrency.AZR) {
      throw DomainException.invalid("currency", "Tokens cannot be paid by card.");
    }
    return currency.exact(amount).movePointRight(currency.scale()).longValueExact();
  }

  @Override
  public CheckoutStart startCheckout(CheckoutRequest r) {
    SessionCreateParams.Builder params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setClientReferenceId(r.reference())
            .putMetadata("orderId", r.reference())
            // The payment intent carries the order too, so payment_intent.succeeded finds it.
            // The card is saved on the customer for renewals charged off-session.
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata("orderId", r.reference())
                    .setSetupFutureUsage(
                        SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION)
                    .build())
            .setSuccessUrl(r.successUrl())
            .setCancelUrl(r.cancelUrl())
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(r.currency().name().toLowerCase(Locale.ROOT))
                            .setUnitAmount(minor(r.amount(), r.currency()))
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(r.description())
                                    .build())
                            .build())
                    .build());
    if (r.customerRef() != null) {
      params.setCustomer(r.customerRef());
    } else {
      params.setCustomerCreation(SessionCreateParams.CustomerCreation.ALWAYS);
      if (r.customerEmail() != null) {
        params.setCustomerEmail(r.customerEmail());
      }
    }
    try {
      Session s =
          client().v1().checkout().sessions().create(params.build(), options(r.idempotencyKey()));
      return new CheckoutStart(s.getId(), s.getUrl());
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe checkout for " + r.reference() + " failed", e);
      throw DomainException.conflict(
          "provider", "The card payment could not be started: " + message(e));
    }
  }

  /** Asks Stripe whether a Checkout Session was paid (the return page does not trust the URL). */
  public SessionState session(String sessionId) {
    try {
      Session s = client().v1().checkout().sessions().retrieve(sessionId);
      return new SessionState(
          "paid".equals(s.getPaymentStatus()), s.getPaymentIntent(), s.getClientReferenceId());
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe session " + sessionId + " lookup failed", e);
      throw DomainException.conflict(
          null, "The payment status could not be checked now: " + message(e));
    }
  }

  /**
   * The customer and payment method of a payment intent (to save the card a Checkout Session paid
   * with).
   */
  public PaymentIntentCard card(String paymentIntentId) {
    try {
      PaymentIntent pi = client().v1().paymentIntents().retrieve(paymentIntentId);
      return new PaymentIntentCard(pi.getCustomer(), pi.getPaymentMethod());
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe payment intent " + paymentIntentId + " lookup failed", e);
      throw DomainException.conflict(null, "Stripe could not be asked now: " + message(e));
    }
  }

  /** Who paid a payment intent and with which payment method. */
  public record PaymentIntentCard(String customer, String paymentMethod) {}

  /** The refunds of a payment intent, oldest first (a webhook's charge may not list them). */
  public List<StripeRefund> refunds(String paymentIntentId) {
    try {
      List<StripeRefund> all = new ArrayList<>();
      for (Refund r :
          client()
              .v1()
              .refunds()
              .list(
                  RefundListParams.builder()
                      .setPaymentIntent(paymentIntentId)
                      .setLimit(100L)
                      .build())
              .autoPagingIterable()) {
        all.add(StripeRefund.of(r));
      }
      all.sort(Comparator.comparingLong(StripeRefund::created));
      return all;
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe refunds of " + paymentIntentId + " lookup failed", e);
      throw DomainException.conflict(null, "Stripe could not be asked now: " + message(e));
    }
  }

  /**
   * Charges the customer's saved card with nobody present: a confirmed off-session PaymentIntent. A
   * decline or a bank asking for authentication is FAILED with Stripe's message (nobody is there to
   * authenticate); only {@code processing} is PENDING.
   */
  @Override
  public ChargeResult charge(ChargeRequest r) {
    if (r.customerRef() == null
        || !r.customerRef().startsWith("cus_")
        || r.paymentMethodRef() == null) {
      return new ChargeResult(
          Status.FAILED,
          null,
          "No card is saved for this account: pay for a course by card once to save one.");
    }
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(minor(r.amount(), r.currency()))
            .setCurrency(r.currency().name().toLowerCase(Locale.ROOT))
            .setCustomer(r.customerRef())
            .setPaymentMethod(r.paymentMethodRef())
            .setConfirm(true)
            .setOffSession(true)
            .setDescription(r.description())
            .putMetadata("orderId", r.reference())
            .build();
    try {
      PaymentIntent pi = client().v1().paymentIntents().create(params, options(r.idempotencyKey()));
      return switch (pi.getStatus()) {
        case "succeeded" -> new ChargeResult(Status.SUCCEEDED, pi.getId(), null);
        case "processing" -> new ChargeResult(Status.PENDING, pi.getId(), null);
        case "requires_action" ->
            new ChargeResult(
                Status.FAILED,
                pi.getId(),
                "authentication_required: the bank asks the card holder to confirm this payment.");
        default ->
            new ChargeResult(
                Status.FAILED,
                pi.getId(),
                pi.getLastPaymentError() == null
                    ? "Payment " + pi.getStatus()
                    : pi.getLastPaymentError().getMessage());
      };
    } catch (StripeException e) {
      // A decline (card_declined, expired_card...) is an answer, not an outage.
      if (e.getStatusCode() != null && e.getStatusCode() == 402) {
        String ref =
            e.getStripeError() != null && e.getStripeError().getPaymentIntent() != null
                ? e.getStripeError().getPaymentIntent().getId()
                : null;
        String code = e.getCode() == null ? "" : e.getCode() + ": ";
        return new ChargeResult(Status.FAILED, ref, code + message(e));
      }
      LOG.log(Level.WARNING, "Stripe charge for " + r.reference() + " failed", e);
      throw DomainException.conflict(null, "The card could not be charged now: " + message(e));
    }
  }

  @Override
  public RefundResult refund(RefundRequest r) {
    RefundCreateParams params =
        RefundCreateParams.builder()
            .setPaymentIntent(r.providerPaymentRef())
            .setAmount(minor(r.amount(), r.currency()))
            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
            .putMetadata("reason", r.reason() == null ? "" : truncate(r.reason()))
            .build();
    try {
      Refund refund = client().v1().refunds().create(params, options(r.idempotencyKey()));
      Status status =
          switch (refund.getStatus() == null ? "" : refund.getStatus()) {
            case "succeeded" -> Status.SUCCEEDED;
            case "failed", "canceled" -> Status.FAILED;
            default -> Status.PENDING;
          };
      return new RefundResult(
          status, refund.getId(), status == Status.FAILED ? "Refund " + refund.getStatus() : null);
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe refund of " + r.providerPaymentRef() + " failed", e);
      return new RefundResult(Status.FAILED, null, message(e));
    }
  }

  private static RequestOptions options(String idempotencyKey) {
    RequestOptions.RequestOptionsBuilder b = RequestOptions.builder();
    if (idempotencyKey != null) {
      b.setIdempotencyKey(idempotencyKey);
    }
    return b.build();
  }

  private static String message(StripeException e) {
    if (e.getStripeError() != null && e.getStripeError().getMessage() != null) {
      return e.getStripeError().getMessage();
    }
    return e.getCode() != null ? e.getCode() : "provider error";
  }

  private static String truncate(String s) {
    return s.length() > 450 ? s.substring(0, 450) : s;
  }
}
