package com.azora.platform.security;

import java.io.Serializable;

/** Who is signed in, as Shiro keeps it in the session or builds it from an API token. */
public record AzoraPrincipal(long userId, String email, boolean demo) implements Serializable {
  @Override
  public String toString() {
    return email;
  }
}
