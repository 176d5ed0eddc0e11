package com.azora.api.auth;

import java.util.Set;

/** Request and response bodies of /api/auth. */
public final class AuthApi {
  private AuthApi() {}

  /** Sign-up; requestedRoles may contain EDUCATOR and EMPLOYER. */
  public record RegisterRequest(
      String displayName, String email, String password, Set<String> requestedRoles) {}

  /** First sign-in step. */
  public record LoginRequest(String email, String password) {}

  /** Second sign-in step when 2FA is on. */
  public record TotpRequest(String challenge, String code) {}

  /** Renewal and logout both take the refresh token. */
  public record RefreshRequest(String refreshToken) {}

  /** Tokens after a completed sign-in or refresh. */
  public record TokenResponse(
      String accessToken, String tokenType, long expiresIn, String refreshToken) {}

  /** Returned by login instead of tokens when a TOTP or recovery code is needed. */
  public record MfaRequired(boolean mfaRequired, String challenge) {}

  /** A plain confirmation. */
  public record Accepted(String message) {}
}
