package com.azora.token.domain;

/** What a redemption item gives. */
public enum RedemptionType {
  /** Enrols the student in a (paid) course. */
  PREMIUM_COURSE_ACCESS("Premium course access"),
  /** Unlocks a feature (badge, theme...). */
  FEATURE_UNLOCK("Feature unlock"),
  /** Tokens given to a cause. */
  DONATION("Donation");

  private final String label;

  RedemptionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
