package com.azora.identity.application;

import com.azora.identity.domain.Role;
import com.azora.identity.domain.RoleRequest;
import java.time.Instant;

/** A role request with the requester's name, for the dashboard and the admin queue. */
public record RoleRequestView(
    long id,
    long userId,
    String userEmail,
    String userName,
    Role role,
    RoleRequest.Status status,
    String motivation,
    String decisionNote,
    Instant requestedAt) {}
