package com.azora.catalog.domain;

/**
 * Kinds of lesson, all authored in the course editor; a QUIZ lesson gets its settings row from a
 * trigger, an ASSIGNMENT lesson its settings on the assignment page.
 */
public enum LessonType {
  VIDEO,
  READING,
  QUIZ,
  ASSIGNMENT
}
