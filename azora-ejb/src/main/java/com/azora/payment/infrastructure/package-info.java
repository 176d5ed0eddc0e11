/**
 * Payment plumbing other services call inside their own transaction: payment providers (Stripe
 * through its official client, the offline bank-transfer provider), Stripe webhook signatures,
 * receipt PDFs, and the coupon book (validates, locks and counts redemptions). No access checks
 * here and no decision whether an order is paid: the application services decide.
 */
package com.azora.payment.infrastructure;
