package com.azora.subscription.domain;

import com.azora.platform.error.DomainException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a subscription stands. ACTIVE and PAST_DUE (in dunning, features kept) give the tier's
 * features; UNPAID (retries used up, or an offline first payment not yet confirmed) and CANCELED
 * give FREE. CANCELED is final.
 */
public enum SubscriptionStatus {
  ACTIVE,
  PAST_DUE,
  UNPAID,
  CANCELED;

  private Set<SubscriptionStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(ACTIVE, PAST_DUE, CANCELED);
      case PAST_DUE -> EnumSet.of(ACTIVE, UNPAID, CANCELED);
      case UNPAID -> EnumSet.of(ACTIVE, CANCELED);
      case CANCELED -> EnumSet.noneOf(SubscriptionStatus.class);
    };
  }

  public boolean canMoveTo(SubscriptionStatus target) {
    return next().contains(target);
  }

  /** The target, or a conflict naming the refused move. */
  public SubscriptionStatus moveTo(SubscriptionStatus target) {
    if (!canMoveTo(target)) {
      throw DomainException.conflict(
          null, "A " + label(this) + " subscription cannot become " + label(target) + ".");
    }
    return target;
  }

  /** True when the tier's features apply. */
  public boolean grantsFeatures() {
    return this == ACTIVE || this == PAST_DUE;
  }

  private static String label(SubscriptionStatus s) {
    return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
