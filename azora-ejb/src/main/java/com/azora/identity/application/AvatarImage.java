package com.azora.identity.application;

/** Avatar bytes and their verified content type. */
public record AvatarImage(String contentType, byte[] data, long version) {}
