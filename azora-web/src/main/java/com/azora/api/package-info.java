/** The JSON REST API under /api: request/response records, never entities; errors as RFC 9457. */
package com.azora.api;
