package com.azora.launcher;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where an external PostgreSQL database lives, parsed from {@code AZORA_DB_URL}. Accepts {@code
 * jdbc:postgresql://host[:port]/database[?...]} and the libpq form {@code
 * postgresql://[user[:password]@]host[:port]/database}; credentials found in the URL are kept so
 * that {@code AZORA_DB_USER}/{@code AZORA_DB_PASSWORD} may be omitted.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password) {

  public static final int DEFAULT_PORT = 5432;

  public static DatabaseUrl parse(String url) {
    String trimmed = url.trim();
    String withoutJdbc = trimmed.startsWith("jdbc:") ? trimmed.substring(5) : trimmed;
    if (!withoutJdbc.startsWith("postgresql://") && !withoutJdbc.startsWith("postgres://")) {
      throw new IllegalArgumentException(
          "AZORA_DB_URL must look like jdbc:postgresql://host:5432/azora, not '" + url + "'");
    }
    URI uri;
    try {
      uri = new URI(withoutJdbc);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("AZORA_DB_URL is not a valid URL: " + e.getMessage(), e);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("AZORA_DB_URL has no host: '" + url + "'");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isBlank()) {
      throw new IllegalArgumentException("AZORA_DB_URL names no database: '" + url + "'");
    }
    String user = null;
    String password = null;
    if (uri.getUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : null;
    }
    if (uri.getQuery() != null) {
      for (String parameter : uri.getQuery().split("&")) {
        String[] pair = parameter.split("=", 2);
        if (pair.length == 2 && pair[0].equals("user")) {
          user = pair[1];
        } else if (pair.length == 2 && pair[0].equals("password")) {
          password = pair[1];
        }
      }
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new DatabaseUrl(uri.getHost(), port, path, user, password);
  }

  /** The same URL with credentials overridden where given. */
  public DatabaseUrl withCredentials(String newUser, String newPassword) {
    return new DatabaseUrl(
        host,
        port,
        database,
        newUser == null || newUser.isBlank() ? user : newUser,
        newPassword == null || newPassword.isEmpty() ? password : newPassword);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    // Never print the password.
    return jdbcUrl() + (user == null ? "" : " as " + user);
  }
}
