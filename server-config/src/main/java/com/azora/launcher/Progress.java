package com.azora.launcher;

/** Progress lines on standard output, so a person sees what the launcher is waiting for. */
final class Progress {

  private Progress() {}

  static void say(String message) {
    System.out.println("[azora] " + message);
  }
}
