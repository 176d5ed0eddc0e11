package com.azora.leaderboard.domain;

import com.azora.platform.error.DomainException;
import java.util.Locale;

/** The kinds of board: all time, this ISO week, this month, one course, one organisation. */
public enum Board {
  GLOBAL("All time", false),
  WEEKLY("This week", false),
  MONTHLY("This month", false),
  COURSE("Course", true),
  ORG("Organisation", true);

  private final String label;
  private final boolean scoped;

  Board(String label, boolean scoped) {
    this.label = label;
    this.scoped = scoped;
  }

  public String label() {
    return label;
  }

  /** Whether the board is one of many (per course, per organisation) and needs a scope id. */
  public boolean scoped() {
    return scoped;
  }

  /** Parses a board name as the API and page parameters spell it ("global", "weekly" ...). */
  public static Board parse(String name) {
    if (name != null) {
      for (Board b : values()) {
        if (b.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
          return b;
        }
      }
    }
    throw DomainException.invalid(
        "board", "Choose one of the boards global, weekly, monthly, course or org.");
  }
}
