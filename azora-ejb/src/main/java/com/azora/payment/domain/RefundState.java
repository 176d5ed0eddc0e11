package com.azora.payment.domain;

/**
 * Where a refund stands: OWED once decided (booked as a liability to the buyer in the REFUNDS
 * account), PAID_BACK when the provider (or an admin, for bank transfers) confirms the money went
 * back, FAILED when the provider could not return it (still owed: an admin pays it back another way
 * and marks it paid back).
 */
public enum RefundState {
  OWED,
  PAID_BACK,
  FAILED;

  /** Whether an admin may record the money as returned by hand. */
  public boolean awaitsPayBack() {
    return this != PAID_BACK;
  }
}
