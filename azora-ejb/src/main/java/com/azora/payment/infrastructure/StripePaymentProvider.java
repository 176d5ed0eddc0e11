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
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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

  @Override
  public String name() {
    return NAME;
  }

  /** Whether a secret key is configured. */
  public boolean configured() {
    return !ConfigKey.STRIPE_SECRET_KEY.value().isBlank();
  }

  StripeClient client() {
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
            .setPaymentIntentData(
                SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata("orderId", r.reference())
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
    if (r.customerEmail() != null) {
      params.setCustomerEmail(r.customerEmail());
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

  @Override
  public ChargeResult charge(ChargeRequest r) {
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
        case "processing", "requires_action", "requires_confirmation" ->
            new ChargeResult(
                Status.PENDING,
                pi.getId(),
                "requires_action".equals(pi.getStatus())
                    ? "The bank asks the card holder to confirm this payment."
                    : null);
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
        return new ChargeResult(Status.FAILED, ref, message(e));
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
