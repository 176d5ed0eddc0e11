package com.azora.platform.security;

import com.azora.platform.error.DomainException;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/** Reads the caller from Shiro's thread-bound subject (set by the web filter or API filter). */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<AzoraPrincipal> find() {
    try {
      Subject subject = SecurityUtils.getSubject();
      Object p = subject.getPrincipal();
      return subject.isAuthenticated() && p instanceof AzoraPrincipal ap
          ? Optional.of(ap)
          : Optional.empty();
    } catch (UnavailableSecurityManagerException e) {
      return Optional.empty();
    }
  }

  /** The caller's user id; fails with 401 semantics when nobody is signed in. */
  public static long id() {
    return find()
        .map(AzoraPrincipal::userId)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.UNAUTHENTICATED, null, "Please sign in first."));
  }
}
