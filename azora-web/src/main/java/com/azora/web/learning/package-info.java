/** Backing beans of the student's learning pages: enrol, my courses, the lesson player. */
package com.azora.web.learning;
