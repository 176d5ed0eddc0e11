/**
 * Backing beans of assessment pages: assignment settings, hand-in from the lesson player, the
 * grading queue and sheet, my submissions, and the submitted-file download. Thin: they call the
 * services of {@code com.azora.assessment.application}.
 */
package com.azora.web.assessment;
