package com.azora.e2e.support;

import java.util.UUID;

/** The people a test acts as, signed in on the shared test server, and unique words for names. */
public final class Actors {

  private final AzoraTestServer server;

  public Actors(AzoraTestServer server) {
    this.server = server;
  }

  public WebSession signedIn(String email, String password) {
    return Accounts.signedIn(server, email, password);
  }

  /** The demo educator, who teaches the courses a test drafts. */
  public WebSession educator() {
    return signedIn(Accounts.EDUCATOR, Accounts.DEMO_PASSWORD);
  }

  public WebSession admin() {
    return signedIn(Accounts.ADMIN, Accounts.DEMO_PASSWORD);
  }

  /** A word no other test run uses, for titles and names a test searches for. */
  public static String word(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }
}
