package com.azora.identity.application;

import com.azora.identity.domain.Role;
import java.util.Set;

/** What a person enters to sign up; {@code requestedRoles} may hold EDUCATOR and EMPLOYER. */
public record Registration(
    String displayName, String email, String password, Set<Role> requestedRoles) {
  public Registration {
    requestedRoles = requestedRoles == null ? Set.of() : Set.copyOf(requestedRoles);
  }
}
