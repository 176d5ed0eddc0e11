/** Faces beans for reviews: a student's own review, and an instructor's replies. */
package com.azora.web.review;
