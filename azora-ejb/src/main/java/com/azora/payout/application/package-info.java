/**
 * Payout services: the job's reads and writes ({@code PayoutBook}), the admin desk and the
 * instructor's own payout method and payouts. Balances move only through the ledger.
 */
package com.azora.payout.application;
