package com.azora.ledger.domain;

/**
 * What an account is for. Owned kinds belong to one user and may never go negative; system kinds
 * have no owner and may (the treasury's balance is minus everything minted).
 */
public enum AccountKind {
  /** A user's wallet: AZR tokens, or fiat such as earnings paid into it. */
  USER_WALLET(true),
  /** An instructor's earnings still inside the refund window. */
  INSTRUCTOR_PENDING(true),
  /** An instructor's earnings past the refund window, ready to be paid out. */
  INSTRUCTOR_AVAILABLE(true),
  /** Where new AZR comes from: its balance is minus the total minted. */
  TREASURY(false),
  /** Where burned AZR goes: its balance is the total burned. */
  BURN(false),
  /** AZR users spent on redemptions (less the burned share). */
  TOKEN_REVENUE(false),
  /** The platform's fee on sales. */
  PLATFORM_REVENUE(false),
  /** Money held for a third party until a condition is met (freelance work, later issues). */
  ESCROW(false),
  /** What the payment provider owes us for captured payments (Stripe balance, bank account). */
  PROVIDER_CLEARING(false),
  /** What buyers are owed for decided refunds until the provider has returned the money. */
  REFUNDS(false),
  /** Money paid out to instructors. */
  PAYOUTS(false),
  /**
   * What instructors owe back for refunds of sales already settled (minus what is owed); the next
   * settlement run recovers it from their available earnings.
   */
  RECEIVABLES(false);

  private final boolean owned;

  AccountKind(boolean owned) {
    this.owned = owned;
  }

  /** True when the account belongs to a user (and therefore must not go negative). */
  public boolean owned() {
    return owned;
  }
}
