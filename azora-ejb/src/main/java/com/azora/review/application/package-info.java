/**
 * Review use cases: the public rating summary and review list, a student's own review, and an
 * instructor's replies. Returns records from {@code ReviewViews}, never entities.
 */
package com.azora.review.application;
