package com.azora.identity.domain;

/** Admin user search: free text over name and email, optional role and status. */
public record UserFilter(String text, Role role, UserStatus status) {
  public static UserFilter all() {
    return new UserFilter(null, null, null);
  }
}
