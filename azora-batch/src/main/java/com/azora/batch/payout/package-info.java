/**
 * The payouts job: plans a batch of payouts from available balances and sends them through the
 * payout providers, with keyed chunk readers over the payout context's {@code PayoutBook}; the
 * nightly and retry schedules and the admin pages' facade. Money moves only through PayoutBook.
 */
package com.azora.batch.payout;
