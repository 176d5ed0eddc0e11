package com.azora.identity.application;

/** Editable profile fields. */
public record ProfileUpdate(String displayName, String bio, String location, String timeZone) {}
