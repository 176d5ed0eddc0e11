package com.azora.subscription.domain;

/** What a subscription becomes when its last retry fails (a setting). */
public enum AfterDunning {
  UNPAID,
  CANCELED
}
