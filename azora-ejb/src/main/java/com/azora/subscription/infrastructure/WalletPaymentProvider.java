package com.azora.subscription.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.domain.PaymentProvider;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Pays subscription invoices from the user's wallet in the invoice currency: a ledger posting from
 * the wallet to platform revenue, booked in the caller's transaction under the key {@code
 * <reference>:paid}, so an invoice is paid at most once. It needs no outside service, so renewals
 * work without Stripe. The customer is named {@code user:<id>}.
 */
@Stateless
public class WalletPaymentProvider implements PaymentProvider {

  public static final String NAME = "wallet";
  static final String INSUFFICIENT = "Insufficient wallet balance";

  @Inject private Ledger ledger;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CheckoutStart startCheckout(CheckoutRequest request) {
    throw new UnsupportedOperationException("The wallet pays subscription invoices only");
  }

  @Override
  public ChargeResult charge(ChargeRequest request) {
    long userId = userId(request.customerRef());
    LedgerCurrency currency = request.currency();
    AccountRef wallet = AccountRef.wallet(userId, currency);
    String key = request.reference() + ":paid";
    // A replay of a paid invoice must not look like a shortfall now that the money is gone.
    if (ledger.transactionId(key).isEmpty()
        && ledger.balance(wallet).compareTo(request.amount()) < 0) {
      return new ChargeResult(Status.FAILED, null, INSUFFICIENT);
    }
    PostedTransaction tx =
        ledger.post(
            Posting.builder("SUBSCRIPTION_CHARGE", key, request.description())
                .actor(userId)
                .meta("reference", request.reference())
                .move(
                    wallet,
                    AccountRef.system(AccountKind.PLATFORM_REVENUE, currency),
                    request.amount())
                .build());
    return new ChargeResult(Status.SUCCEEDED, "ledger:" + tx.id(), null);
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    return new RefundResult(Status.FAILED, null, "Wallet payments are refunded by an admin");
  }

  static long userId(String customerRef) {
    if (customerRef == null || !customerRef.matches("user:\\d+")) {
      throw new IllegalArgumentException(
          "The wallet needs a customer user:<id>, not " + customerRef);
    }
    return Long.parseLong(customerRef.substring(5));
  }

  /** The customer reference the wallet understands for a user. */
  public static String customer(long userId) {
    return "user:" + userId;
  }
}
