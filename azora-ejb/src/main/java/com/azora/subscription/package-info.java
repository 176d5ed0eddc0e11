/**
 * Subscriptions: tiers with prices, features and limits; one live subscription per user; invoices
 * charged through a payment provider, renewed by a scheduler with dunning; feature gates other
 * contexts ask through {@link com.azora.subscription.application.Features}.
 */
package com.azora.subscription;
