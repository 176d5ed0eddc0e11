/**
 * The JSON REST API under /api: request/response records, never entities; errors as RFC 9457.
 * Resources are application-scoped and hold only references to stateless services (the request,
 * when needed, comes as a method parameter): a request-scoped resource re-resolved each of its EJB
 * references on every call.
 */
package com.azora.api;
