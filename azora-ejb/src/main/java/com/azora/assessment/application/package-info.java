/**
 * Assessment services for pages and the API: question bank and quiz builder (instructors of the
 * course), quiz taking (enrolled students, their own attempts only), grading. They return records,
 * never entities.
 */
package com.azora.assessment.application;
