/** Payout provider adapters: Stripe Connect transfers and the offline bank transfer. */
package com.azora.payout.infrastructure;
