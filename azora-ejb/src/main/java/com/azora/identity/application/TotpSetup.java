package com.azora.identity.application;

/** What an authenticator app needs to enrol: the secret and its otpauth URI (shown as QR). */
public record TotpSetup(String secret, String otpauthUri) {}
