package com.azora.assessment.domain;

/** What an assignment asks students to hand in. */
public enum SubmissionKind {
  TEXT("Text"),
  FILE("A file"),
  TEXT_AND_FILE("Text and a file");

  private final String label;

  SubmissionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean wantsText() {
    return this != FILE;
  }

  public boolean wantsFile() {
    return this != TEXT;
  }
}
