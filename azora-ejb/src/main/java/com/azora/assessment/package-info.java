/**
 * Assessment: question banks, quizzes and their attempts, assignments, and the instructor's
 * grading. It completes lessons only through {@code learning.application.LessonCompletion}.
 */
package com.azora.assessment;
