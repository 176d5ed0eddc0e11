/**
 * Payment use cases: checkout, the one fulfilment every provider ends in, receipts, refunds,
 * webhooks and the admin's offline confirmations. Money moves only through the ledger.
 */
package com.azora.payment.application;
