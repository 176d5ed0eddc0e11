package com.azora.catalog.domain;

/** DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; a rejected review returns the course to DRAFT. */
public enum CourseStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
