/**
 * Faces beans of assessment pages: question bank, quiz builder and quiz grading queue (/teach),
 * quiz taking and grades (/learn); assignment settings, hand-in from the lesson player, the
 * assignment grading queue and sheet, my submissions, and the submitted-file download. Thin: they
 * call the services of {@code com.azora.assessment.application}.
 */
package com.azora.web.assessment;
