package com.azora.launcher;

/**
 * The SMTP server Azora sends mail through; {@code user} and {@code password} may be null for an
 * open relay, {@code from} may be null for the application's default sender.
 */
public record SmtpSettings(String host, int port, String user, String password, String from) {

  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP host is required");
    }
  }
}
