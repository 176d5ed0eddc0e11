/**
 * Payment use cases for pages and the API, each guarded by a Shiro annotation: checkout, the one
 * fulfilment every provider ends in, receipts, refunds, webhooks, the admin's offline
 * confirmations, coupon administration and quotes. Money moves only through the ledger.
 */
package com.azora.payment.application;
