package com.azora.assessment.domain;

import java.time.Instant;

/** Rules about when and what students hand in. */
public final class SubmissionRules {

  /** The longest text answer, in characters (the database checks it too). */
  public static final int MAX_TEXT = 100_000;

  private SubmissionRules() {}

  /** Late when there is a due date and the work arrived after it; late work is still accepted. */
  public static boolean late(Instant dueAt, Instant submittedAt) {
    return dueAt != null && submittedAt.isAfter(dueAt);
  }
}
