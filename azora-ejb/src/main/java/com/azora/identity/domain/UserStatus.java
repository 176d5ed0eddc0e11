package com.azora.identity.domain;

/** Whether an account may sign in. */
public enum UserStatus {
  ACTIVE,
  DISABLED
}
