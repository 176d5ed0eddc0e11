package com.azora.subscription.domain;

/** OPEN until paid; FAILED when dunning gave up; VOID when canceled unpaid. */
public enum InvoiceStatus {
  OPEN,
  PAID,
  FAILED,
  VOID
}
