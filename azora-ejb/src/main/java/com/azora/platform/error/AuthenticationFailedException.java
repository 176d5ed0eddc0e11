package com.azora.platform.error;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * A failed sign-in. It does not roll back, so the failure counter and the audit entry written in
 * the same transaction are kept. The message is the same for an unknown email and a wrong password.
 */
@ApplicationException(rollback = false)
public class AuthenticationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public static final String GENERIC = "The email or password is not correct.";

  private final Duration retryAfter;

  public AuthenticationFailedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public static AuthenticationFailedException generic() {
    return new AuthenticationFailedException(GENERIC, Duration.ZERO);
  }

  public static AuthenticationFailedException throttled(Duration retryAfter) {
    long seconds = Math.max(1, retryAfter.toSeconds());
    return new AuthenticationFailedException(
        "Too many failed attempts. Try again in " + seconds + " seconds.", retryAfter);
  }

  /** Zero unless the caller must wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
