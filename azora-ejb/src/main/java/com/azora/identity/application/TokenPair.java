package com.azora.identity.application;

/** An API access token (short-lived, signed) and the refresh token that renews it. */
public record TokenPair(String accessToken, long expiresIn, String refreshToken) {}
