package com.azora.identity.application;

/**
 * Outcome of a correct password: either a grant to complete sign-in, or a challenge that a TOTP or
 * recovery code must answer first. Both are single-use secrets that expire within minutes.
 */
public record LoginStep(boolean secondFactorRequired, String token) {
  public static LoginStep granted(String grant) {
    return new LoginStep(false, grant);
  }

  public static LoginStep challenge(String challenge) {
    return new LoginStep(true, challenge);
  }
}
