package com.azora.identity.application;

import com.azora.platform.security.AzoraPrincipal;

/** A completed sign-in: who it is, and the key of the browser session opened for it (or null). */
public record GrantedLogin(AzoraPrincipal principal, String sessionKey) {}
