package com.azora.assessment.domain;

/** Kinds of question; all but ESSAY are scored automatically. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  TRUE_FALSE,
  SHORT_ANSWER,
  ESSAY;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
  }
}
