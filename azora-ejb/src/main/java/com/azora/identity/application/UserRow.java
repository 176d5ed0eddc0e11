package com.azora.identity.application;

import com.azora.identity.domain.Role;
import com.azora.identity.domain.UserStatus;
import java.time.Instant;
import java.util.Set;

/** A line of the admin user list. */
public record UserRow(
    long id,
    String email,
    String displayName,
    Set<Role> roles,
    UserStatus status,
    boolean emailVerified,
    boolean twoFactorEnabled,
    boolean demo,
    Instant createdAt) {}
