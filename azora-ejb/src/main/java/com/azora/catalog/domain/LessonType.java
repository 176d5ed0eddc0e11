package com.azora.catalog.domain;

/** Kinds of lesson; authoring supports READING, VIDEO and ASSIGNMENT so far. */
public enum LessonType {
  VIDEO,
  READING,
  QUIZ,
  ASSIGNMENT
}
