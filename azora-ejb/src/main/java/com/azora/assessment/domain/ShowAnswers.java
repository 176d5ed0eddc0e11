package com.azora.assessment.domain;

/** When a student sees the correct answers of a quiz. */
public enum ShowAnswers {
  /** In the result of every submitted attempt. */
  AFTER_SUBMISSION,
  /** Only once the student has no attempts left. */
  AFTER_LAST_ATTEMPT
}
