package com.azora.token.domain;

/** What earns tokens: the rewarded learning events and the daily streak. */
public enum RewardKind {
  LESSON_COMPLETED("a completed lesson"),
  QUIZ_PASSED("a passed quiz"),
  COURSE_COMPLETED("a completed course"),
  DAILY_STREAK("learning on consecutive days");

  private final String label;

  RewardKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind for a learning event type, or null when that event earns nothing (enrolment). */
  public static RewardKind ofEvent(String eventType) {
    for (RewardKind k : values()) {
      if (k != DAILY_STREAK && k.name().equals(eventType)) {
        return k;
      }
    }
    return null;
  }
}
