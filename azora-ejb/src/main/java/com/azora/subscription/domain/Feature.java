package com.azora.subscription.domain;

/** Yes/no capabilities a tier grants. */
public enum Feature {
  /** Enrol in courses flagged premium without buying them. */
  PREMIUM_COURSES
}
