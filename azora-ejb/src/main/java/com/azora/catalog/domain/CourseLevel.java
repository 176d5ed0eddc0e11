package com.azora.catalog.domain;

/** Who a course is for. */
public enum CourseLevel {
  BEGINNER,
  INTERMEDIATE,
  ADVANCED
}
