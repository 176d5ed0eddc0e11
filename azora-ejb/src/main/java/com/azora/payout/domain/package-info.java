/**
 * Payout rules (threshold, back-off, final states), the provider contract and the bank CSV: pure
 * classes with no container or database dependency.
 */
package com.azora.payout.domain;
