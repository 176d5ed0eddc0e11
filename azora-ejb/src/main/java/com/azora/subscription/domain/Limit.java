package com.azora.subscription.domain;

/** Numeric allowances a tier sets. */
public enum Limit {
  AI_TUTOR_QUOTA_PER_MONTH,
  MAX_ACTIVE_PROJECTS
}
