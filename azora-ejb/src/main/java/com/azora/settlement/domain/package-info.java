/**
 * Settlement rules as plain code: which sales a business date settles, what is left of an
 * instructor's share after refunds, which reversals an available balance covers. No persistence.
 */
package com.azora.settlement.domain;
