/**
 * Payment plumbing other services call inside their own transaction: the coupon book (validates,
 * locks and counts coupon redemptions) and payment provider adapters. No access checks here: the
 * calling application service decides who may do what.
 */
package com.azora.payment.infrastructure;
