/**
 * Reviews and ratings: students who learned in a course rate and review it once, its instructors
 * reply. Course totals (rating count/sum, enrolment count) are kept by database triggers (V8).
 */
package com.azora.review;
