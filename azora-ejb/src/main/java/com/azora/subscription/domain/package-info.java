/**
 * Subscription rules as plain classes (periods, proration, dunning, the status machine) and the
 * tier, subscription and invoice entities. No container code here.
 */
package com.azora.subscription.domain;
