/**
 * Faces beans of assessment pages: question bank, quiz builder and grading queue (/teach), quiz
 * taking and grades (/learn). Thin: each calls an assessment service and shows its records.
 */
package com.azora.web.assessment;
