/**
 * Subscription plumbing: the charger that picks a payment provider, the wallet provider that pays
 * invoices from a user's USD wallet through the ledger, and the renewal timer.
 */
package com.azora.subscription.infrastructure;
