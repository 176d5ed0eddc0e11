package com.azora.subscription.domain;

/**
 * Why an invoice exists: the first period, a renewal, an upgrade's prorated difference, or the
 * switch to annual billing (a new annual period less the unused month).
 */
public enum InvoiceKind {
  INITIAL,
  RENEWAL,
  UPGRADE,
  INTERVAL
}
