package com.azora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

  private static final Path JAR_DIR = Path.of("/repo/server-config/target");

  @Test
  void defaultsSuitALocalDemo() {
    LauncherConfig config = LauncherConfig.fromEnvironment(Map.of(), JAR_DIR);
    assertEquals(Path.of(".azora").toAbsolutePath().normalize(), config.stateDir());
    assertEquals(8080, config.ports().http());
    assertEquals(new DatabaseSettings.Embedded(8032), config.database());
    assertNull(config.smtp());
    assertTrue(config.demo());
    assertEquals(Path.of("/repo/azora-ear/target/azora.ear"), config.ear());
    assertEquals(Path.of("/repo/server-config/target/payara.zip"), config.payaraZip());
    assertEquals(
        List.of(
            "-Dazora.demo=true",
            "-Dazora.demo.password=Azora-Demo-Pass-2026",
            "-Dazora.base-url=http://localhost:8080"),
        config.serverJvmProps());
  }

  @Test
  void portBaseMovesEveryPortAndTheEmbeddedDatabase() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(Map.of("AZORA_PORT_BASE", "9100"), JAR_DIR);
    assertEquals("http://localhost:9180/", config.url());
    assertEquals(9148, config.ports().admin());
    assertEquals(new DatabaseSettings.Embedded(9132), config.database());
    LauncherConfig fixedDb =
        LauncherConfig.fromEnvironment(
            Map.of("AZORA_PORT_BASE", "9100", "AZORA_DB_PORT", "5544"), JAR_DIR);
    assertEquals(new DatabaseSettings.Embedded(5544), fixedDb.database());
  }

  @Test
  void externalDatabaseTakesCredentialsFromTheEnvironment() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "AZORA_DB_URL", "jdbc:postgresql://db:5432/azora",
                "AZORA_DB_USER", "azora",
                "AZORA_DB_PASSWORD", "pw"),
            JAR_DIR);
    DatabaseSettings.External external =
        assertInstanceOf(DatabaseSettings.External.class, config.database());
    assertEquals("azora", external.url().user());
    assertEquals("pw", external.url().password());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LauncherConfig.fromEnvironment(
                Map.of("AZORA_DB_URL", "jdbc:postgresql://db/azora"), JAR_DIR));
  }

  @Test
  void demoOffDropsThePasswordAndExtraPropsFollow() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of(
                "AZORA_DEMO", "false",
                "AZORA_BASE_URL", "https://azora.example.org",
                "AZORA_JVM_PROPS", "  -Da=1   -Db.c=x:y "),
            JAR_DIR);
    assertFalse(config.demo());
    assertEquals(
        List.of(
            "-Dazora.demo=false",
            "-Dazora.base-url=https://azora.example.org",
            "-Da=1",
            "-Db.c=x:y"),
        config.serverJvmProps());
  }

  @Test
  void smtpSettingsNeedOnlyAHost() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of("AZORA_SMTP_HOST", "mail.local", "AZORA_MAIL_FROM", "Azora <a@b.c>"), JAR_DIR);
    assertEquals(new SmtpSettings("mail.local", 25, null, null, "Azora <a@b.c>"), config.smtp());
  }

  @Test
  void rejectsOptionsTheServerCannotTake() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LauncherConfig.fromEnvironment(Map.of("AZORA_JVM_PROPS", "-Xmx4g"), JAR_DIR));
    assertThrows(
        IllegalArgumentException.class,
        () -> LauncherConfig.fromEnvironment(Map.of("AZORA_DEMO_PASSWORD", "two words"), JAR_DIR));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LauncherConfig.fromEnvironment(
                Map.of("AZORA_SMTP_HOST", "h", "AZORA_SMTP_PORT", "0"), JAR_DIR));
  }
}
