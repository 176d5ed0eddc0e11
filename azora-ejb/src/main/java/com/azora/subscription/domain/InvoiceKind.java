package com.azora.subscription.domain;

/** Why an invoice exists: the first period, a renewal, or an upgrade's prorated difference. */
public enum InvoiceKind {
  INITIAL,
  RENEWAL,
  UPGRADE
}
