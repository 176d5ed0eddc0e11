/** The catalog and learning API: courses, enrolment, lessons and the caller's progress. */
package com.azora.api.learning;
