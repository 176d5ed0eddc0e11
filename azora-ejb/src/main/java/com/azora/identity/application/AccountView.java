package com.azora.identity.application;

import com.azora.identity.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The signed-in user's own account as pages and the API show it. */
public record AccountView(
    long id,
    String email,
    String displayName,
    String bio,
    String location,
    String timeZone,
    Set<Role> roles,
    boolean emailVerified,
    boolean twoFactorEnabled,
    long recoveryCodesLeft,
    boolean demo,
    boolean hasAvatar,
    Instant createdAt,
    List<RoleRequestView> roleRequests) {}
