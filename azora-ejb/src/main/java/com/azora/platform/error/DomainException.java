package com.azora.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * An expected failure with a message a user can read. {@code field} names the input at fault, when
 * there is one, so pages put the message next to that field and the API names it.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Broad kinds that map to HTTP statuses. */
  public enum Kind {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    GONE(410),
    THROTTLED(429);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String field;

  public DomainException(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(Kind.INVALID, field, message);
  }

  public static DomainException notFound(String message) {
    return new DomainException(Kind.NOT_FOUND, null, message);
  }

  public static DomainException conflict(String field, String message) {
    return new DomainException(Kind.CONFLICT, field, message);
  }

  public static DomainException forbidden(String message) {
    return new DomainException(Kind.FORBIDDEN, null, message);
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }
}
