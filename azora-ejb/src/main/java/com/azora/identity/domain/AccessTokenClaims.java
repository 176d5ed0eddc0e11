package com.azora.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a verified API access token says about its bearer. */
public record AccessTokenClaims(long userId, String email, Set<String> roles, Instant expiresAt) {

  public AccessTokenClaims {
    Objects.requireNonNull(email, "email");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
