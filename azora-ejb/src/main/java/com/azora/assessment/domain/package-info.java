/**
 * Assessment entities (questions, quizzes, attempts, assignments) and pure rules such as {@code
 * QuizScorer}; no services and no container dependencies beyond JPA mappings.
 */
package com.azora.assessment.domain;
