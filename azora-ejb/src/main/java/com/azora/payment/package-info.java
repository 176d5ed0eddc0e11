/**
 * Payments: checkout of paid courses, payment providers (Stripe and an offline provider),
 * fulfilment, receipts, refunds and coupons. Money moves only through the ledger.
 */
package com.azora.payment;
