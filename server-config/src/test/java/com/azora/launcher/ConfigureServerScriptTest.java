package com.azora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code scripts/configure-server.sh} against a stand-in asadmin that records its calls and
 * answers the {@code list-*} commands from files, to check idempotence and asadmin escaping without
 * a Payara Server.
 */
class ConfigureServerScriptTest {

  private static final Path SCRIPT = Path.of("scripts/configure-server.sh");

  @TempDir Path dir;
  private Path calls;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void fakeAsadmin() throws IOException {
    calls = dir.resolve("calls");
    Files.createFile(calls);
    Path fake = dir.resolve("asadmin");
    Files.writeString(
        fake,
        """
        #!/usr/bin/env bash
        echo "$*" >> "$FAKE/calls"
        for arg in "$@"; do
          case "$arg" in
            list-libraries) cat "$FAKE/libraries" 2>/dev/null ;;
            list-jdbc-connection-pools) cat "$FAKE/pools" 2>/dev/null ;;
            list-javamail-resources) cat "$FAKE/mail" 2>/dev/null ;;
            list-jvm-options) cat "$FAKE/jvm" 2>/dev/null ;;
            get-microprofile-healthcheck-configuration) echo "true  health  false  microprofile" ;;
          esac
        done
        """);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path driver = Files.createFile(dir.resolve("postgresql-42.7.8.jar"));
    env.put("FAKE", dir.toString());
    env.put("ASADMIN", fake.toString());
    env.put("AZORA_ADMIN_PORT", "9148");
    env.put("AZORA_DB_HOST", "localhost");
    env.put("AZORA_DB_PORT", "9132");
    env.put("AZORA_DB_USER", "azora");
    env.put("AZORA_DB_PASSWORD", "p:w=1");
    env.put("AZORA_JDBC_DRIVER_JAR", driver.toString());
    env.put("AZORA_JVM_PROPS", "-Dazora.demo=true -Dazora.base-url=http://localhost:9180");
    Files.writeString(dir.resolve("jvm"), "-server\n-Xmx512m\n-Djava.awt.headless=true\n");
  }

  private int runScript() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("AZORA_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getInputStream().transferTo(System.out);
    return process.waitFor();
  }

  private List<String> calls() {
    try {
      return Files.readAllLines(calls, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean called(String fragment) {
    return calls().stream().anyMatch(call -> call.contains(fragment));
  }

  @Test
  void configuresAFreshDomain() throws Exception {
    env.put("AZORA_SMTP_HOST", "localhost");
    env.put("AZORA_SMTP_PORT", "9125");
    env.put("AZORA_MAIL_FROM", "Azora <no-reply@azora.local>");

    assertEquals(0, runScript());

    assertTrue(called("--port 9148 add-library " + env.get("AZORA_JDBC_DRIVER_JAR")));
    assertTrue(called("portNumber=9132"), "pool properties");
    assertTrue(called("password=p\\:w\\=1"), "':' and '=' in a password are escaped");
    assertTrue(called("create-jdbc-resource --connectionpoolid azoraPool jdbc/azora"));
    assertTrue(called("azoraPool.sql-trace-listeners=null"), "no tracing proxy on every call");
    assertTrue(called("set-batch-runtime-configuration --datasourcelookupname jdbc/azora"));
    assertTrue(called("--fromaddress no-reply@azora.local"));
    assertTrue(called("mail.smtp.port=9125"));
    assertTrue(called("delete-jvm-options -Xmx512m"));
    assertTrue(
        called(
            "create-jvm-options -Xmx1g:-Dazora.mail.enabled=true"
                + ":-Dazora.mail.from=Azora <no-reply@azora.local>:-Dazora.demo=true"
                + ":-Dazora.base-url=http\\://localhost\\:9180"),
        () -> String.join("\n", calls()));
    assertFalse(called("set-microprofile-healthcheck-configuration"), "already enabled");
  }

  @Test
  void reRunReplacesThePoolAndChangesOnlyWhatDiffers() throws Exception {
    Files.writeString(dir.resolve("libraries"), "postgresql-42.7.8.jar\n");
    Files.writeString(dir.resolve("pools"), "__TimerPool\nazoraPool\n");
    Files.writeString(
        dir.resolve("jvm"),
        "-server\n-Xmx1g\n-Dazora.mail.enabled=false\n-Dazora.demo=false\n"
            + "-Dazora.base-url=http://localhost:9180\n");

    assertEquals(0, runScript());

    assertFalse(called("add-library"));
    assertTrue(called("delete-jdbc-connection-pool --cascade=true azoraPool"));
    assertTrue(called("create-jdbc-connection-pool"));
    assertFalse(called("create-javamail-resource"), "no SMTP given");
    assertTrue(called("delete-jvm-options -Dazora.demo=false"));
    assertTrue(called("create-jvm-options -Dazora.demo=true"), () -> String.join("\n", calls()));
    assertFalse(called("-Xmx"), "heap already right");
  }

  @Test
  void smtpLoginTurnsOnAuthenticationAndStartTls() throws Exception {
    env.put("AZORA_SMTP_HOST", "smtp.example.org");
    env.put("AZORA_SMTP_PORT", "587");
    env.put("AZORA_SMTP_USER", "azora");
    env.put("AZORA_SMTP_PASSWORD", "s3:cret");

    assertEquals(0, runScript());

    assertTrue(called("--mailuser azora"));
    assertTrue(
        called(
            "mail.smtp.port=587:mail.smtp.auth=true:mail.smtp.starttls.enable=true"
                + ":mail.smtp.password=s3\\:cret"),
        () -> String.join("\n", calls()));
  }

  @Test
  void refusesToRunWithoutADatabase() throws Exception {
    env.remove("AZORA_DB_HOST");
    assertNotEquals(0, runScript());
    assertTrue(calls().isEmpty());
  }

  @Test
  void refusesJvmPropsThatAreNotSystemProperties() throws Exception {
    env.put("AZORA_JVM_PROPS", "-Xmx8g");
    assertNotEquals(0, runScript());
  }
}
