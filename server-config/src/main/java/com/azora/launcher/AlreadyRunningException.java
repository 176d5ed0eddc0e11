package com.azora.launcher;

import java.io.IOException;

/**
 * Thrown by {@link AzoraServer#start()} when a launcher already serves the same state directory.
 */
public final class AlreadyRunningException extends IOException {

  private final String url;

  public AlreadyRunningException(String url) {
    super("Azora is already running at " + url);
    this.url = url;
  }

  public String url() {
    return url;
  }
}
