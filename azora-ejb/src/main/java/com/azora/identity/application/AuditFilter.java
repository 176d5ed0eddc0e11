package com.azora.identity.application;

import com.azora.identity.domain.SecurityEventType;
import java.time.Instant;

/** Admin audit log filter; every field is optional. */
public record AuditFilter(String email, SecurityEventType type, Instant from, Instant to) {}
