package com.azora.payout.infrastructure;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.infrastructure.StripePaymentProvider;
import com.azora.payout.domain.PayoutProvider;
import com.azora.payout.domain.PayoutRules;
import com.azora.platform.error.DomainException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.TransferCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pays instructors through Stripe Connect: a Transfer from the platform's balance to their
 * connected (Express) account, with the item's idempotency key so a resend never transfers twice.
 * Also onboards instructors (Express account plus an account link) and reads whether Stripe lets
 * their account receive payouts.
 */
@ApplicationScoped
public class StripeConnectPayoutProvider implements PayoutProvider {

  public static final String NAME = "stripe";
  private static final Logger LOG = Logger.getLogger(StripeConnectPayoutProvider.class.getName());

  @Inject private StripePaymentProvider stripe;

  @Override
  public String name() {
    return NAME;
  }

  public boolean configured() {
    return stripe.configured();
  }

  @Override
  public PayoutResult send(PayoutRequest r) {
    TransferCreateParams params =
        TransferCreateParams.builder()
            .setAmount(minor(r.amount(), r.currency()))
            .setCurrency(r.currency().name().toLowerCase(Locale.ROOT))
            .setDestination(r.destination())
            .setTransferGroup("payout-batch-" + r.batchId())
            .setDescription(r.reference())
            .putMetadata("payoutItemId", Long.toString(r.itemId()))
            .putMetadata("payoutBatchId", Long.toString(r.batchId()))
            .putMetadata("instructorId", Long.toString(r.instructorId()))
            .build();
    try {
      Transfer t =
          stripe
              .client()
              .v1()
              .transfers()
              .create(
                  params, RequestOptions.builder().setIdempotencyKey(r.idempotencyKey()).build());
      return new PayoutResult(Status.PAID, t.getId(), null);
    } catch (StripeException e) {
      Status s = PayoutRules.classify(e.getStatusCode());
      LOG.log(
          s == Status.RETRY ? Level.WARNING : Level.INFO,
          "Stripe transfer for payout " + r.itemId() + ": " + s,
          e);
      return new PayoutResult(s, null, message(e));
    }
  }

  /** A new Express account for the instructor; returns its id. */
  public String createAccount(String email, String country) {
    AccountCreateParams.Builder p =
        AccountCreateParams.builder()
            .setType(AccountCreateParams.Type.EXPRESS)
            .setEmail(email)
            .setCapabilities(
                AccountCreateParams.Capabilities.builder()
                    .setTransfers(
                        AccountCreateParams.Capabilities.Transfers.builder()
                            .setRequested(true)
                            .build())
                    .build());
    if (country != null && !country.isBlank()) {
      p.setCountry(country);
    }
    try {
      return stripe.client().v1().accounts().create(p.build()).getId();
    } catch (StripeException e) {
      throw DomainException.conflict(
          "stripe", "Stripe could not create the account: " + message(e));
    }
  }

  /** The onboarding address the instructor is sent to. */
  public String onboardingLink(String accountId, String returnUrl, String refreshUrl) {
    try {
      AccountLink link =
          stripe
              .client()
              .v1()
              .accountLinks()
              .create(
                  AccountLinkCreateParams.builder()
                      .setAccount(accountId)
                      .setReturnUrl(returnUrl)
                      .setRefreshUrl(refreshUrl)
                      .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                      .build());
      return link.getUrl();
    } catch (StripeException e) {
      throw DomainException.conflict("stripe", "Stripe could not start onboarding: " + message(e));
    }
  }

  /** Whether Stripe lets the account receive payouts now. */
  public boolean payoutsEnabled(String accountId) {
    try {
      Account a = stripe.client().v1().accounts().retrieve(accountId);
      return Boolean.TRUE.equals(a.getPayoutsEnabled());
    } catch (StripeException e) {
      throw DomainException.conflict("stripe", "Stripe could not read the account: " + message(e));
    }
  }

  static long minor(BigDecimal amount, LedgerCurrency currency) {
    return currency.exact(amount).movePointRight(currency.scale()).longValueExact();
  }

  private static String message(StripeException e) {
    String m =
        e.getStripeError() != null && e.getStripeError().getMessage() != null
            ? e.getStripeError().getMessage()
            : e.getMessage();
    String s = (e.getStatusCode() == null ? "network" : "HTTP " + e.getStatusCode()) + ": " + m;
    return s.length() > 480 ? s.substring(0, 480) : s;
  }
}
