/**
 * Payment providers (Stripe through its official client, and the offline bank-transfer provider),
 * Stripe webhook signatures, and receipt PDFs. Nothing here decides whether an order is paid: the
 * application's fulfilment does.
 */
package com.azora.payment.infrastructure;
