package com.azora.catalog.domain;

/**
 * Kinds of lesson; authoring supports READING, VIDEO and QUIZ (its settings row comes with it) so
 * far.
 */
public enum LessonType {
  VIDEO,
  READING,
  QUIZ,
  ASSIGNMENT
}
