/**
 * Payouts: instructors' available earnings paid out in nightly batches through Stripe Connect or an
 * offline bank transfer, with the money held in the ledger's PAYOUTS account while in flight.
 */
package com.azora.payout;
