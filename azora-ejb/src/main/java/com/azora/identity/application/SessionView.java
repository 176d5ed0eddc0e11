package com.azora.identity.application;

import java.time.Instant;

/** One of the user's active sessions; {@code current} marks the one making the request. */
public record SessionView(
    long id, Instant createdAt, Instant lastSeenAt, String ip, String userAgent, boolean current) {}
