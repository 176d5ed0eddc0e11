/** The review aggregate and its pure rules; no services or queries here. */
package com.azora.review.domain;
