package com.azora.identity.application;

import com.azora.identity.domain.RoleRequest;
import com.azora.identity.domain.UserAccount;

/** Maps role requests to views. */
final class RoleViews {
  private RoleViews() {}

  static RoleRequestView of(RoleRequest r, UserAccount u) {
    return new RoleRequestView(
        r.getId(),
        r.getUserId(),
        u.getEmail(),
        u.getDisplayName(),
        r.getRole(),
        r.getStatus(),
        r.getMotivation(),
        r.getDecisionNote(),
        r.getRequestedAt());
  }
}
