/** The enrolment aggregate and the pure progress rules. */
package com.azora.learning.domain;
