/** Learning: enrolments, the lesson player's progress, completion, and learning events. */
package com.azora.learning;
