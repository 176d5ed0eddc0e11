package com.azora.catalog.domain;

/** Kinds of lesson; authoring supports READING and VIDEO so far. */
public enum LessonType {
  VIDEO,
  READING,
  QUIZ,
  ASSIGNMENT
}
