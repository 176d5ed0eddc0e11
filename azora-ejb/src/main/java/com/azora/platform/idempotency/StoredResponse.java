package com.azora.platform.idempotency;

/** The first response to an idempotent request, as it went out. */
public record StoredResponse(int status, String contentType, byte[] body) {}
