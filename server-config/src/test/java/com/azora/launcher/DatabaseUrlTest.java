package com.azora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void parsesJdbcUrlWithPort() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example.org:6543/azora_prod");
    assertEquals("db.example.org", url.host());
    assertEquals(6543, url.port());
    assertEquals("azora_prod", url.database());
    assertNull(url.user());
  }

  @Test
  void defaultsThePort() {
    assertEquals(5432, DatabaseUrl.parse("jdbc:postgresql://localhost/azora").port());
  }

  @Test
  void readsCredentialsFromLibpqUrlAndQuery() {
    DatabaseUrl libpq = DatabaseUrl.parse("postgresql://azora:s3cret@10.0.0.5:5433/azora");
    assertEquals("azora", libpq.user());
    assertEquals("s3cret", libpq.password());
    DatabaseUrl query =
        DatabaseUrl.parse("jdbc:postgresql://localhost:5432/azora?user=app&password=pw&ssl=true");
    assertEquals("app", query.user());
    assertEquals("pw", query.password());
    assertEquals("azora", query.database());
  }

  @Test
  void explicitCredentialsWin() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgres://a:b@h/azora").withCredentials("azora", "from-env");
    assertEquals("azora", url.user());
    assertEquals("from-env", url.password());
    assertEquals("jdbc:postgresql://h:5432/azora", url.jdbcUrl());
  }

  @Test
  void neverPrintsThePassword() {
    assertFalse(
        DatabaseUrl.parse("postgresql://u:topsecret@h/db").toString().contains("topsecret"));
  }

  @Test
  void rejectsWhatIsNotPostgres() {
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseUrl.parse("jdbc:mysql://localhost/azora"));
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseUrl.parse("jdbc:postgresql://localhost/"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("jdbc:postgresql:///x"));
  }
}
