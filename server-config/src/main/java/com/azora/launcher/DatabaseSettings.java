package com.azora.launcher;

/** Which PostgreSQL Azora uses: one embedded in the launcher, or an existing server. */
public sealed interface DatabaseSettings {

  /** A PostgreSQL started by the launcher, its data kept in the state directory. */
  record Embedded(int port) implements DatabaseSettings {}

  /** An existing PostgreSQL database that Azora owns. */
  record External(DatabaseUrl url) implements DatabaseSettings {
    public External {
      if (url.user() == null || url.password() == null) {
        throw new IllegalArgumentException(
            "An external database needs AZORA_DB_USER and AZORA_DB_PASSWORD (or credentials in"
                + " AZORA_DB_URL)");
      }
    }
  }
}
