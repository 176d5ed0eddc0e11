package com.azora.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One option of a choice question. */
@Embeddable
public class QuestionOption {

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "correct", nullable = false)
  private boolean correct;

  protected QuestionOption() {}

  public QuestionOption(String text, boolean correct) {
    this.text = text;
    this.correct = correct;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }
}
