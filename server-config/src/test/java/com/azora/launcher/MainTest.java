package com.azora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    return Main.run(args, Map.of("AZORA_HOME", home.toString()));
  }

  @Test
  void helpAndUnknownCommands() {
    assertEquals(0, run("help"));
    assertEquals(2, run("launch"));
    assertEquals(2, run("start", "now"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }

  @Test
  void statusAndStopWhenNothingRuns() {
    assertEquals(3, run("status"));
    assertEquals(0, run("stop"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8).contains("Azora was not running"), out::toString);
  }

  @Test
  void aStalePidFileDoesNotCountAsRunning() throws Exception {
    // A pid that cannot be alive: beyond Linux's pid_max.
    Files.writeString(home.resolve(PidFile.NAME), "99999999\nhttp://localhost:8080/\n");
    assertEquals(3, run("status"));
  }

  @Test
  void aLiveLauncherIsReportedWithItsUrl() throws Exception {
    Path sleeper = Files.writeString(home.resolve("Sleep.java"), SLEEPER);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process other = new ProcessBuilder(java, sleeper.toString()).start();
    try {
      Files.writeString(home.resolve(PidFile.NAME), other.pid() + "\nhttp://localhost:9180/\n");
      assertEquals(0, run("status"), out::toString);
      assertTrue(
          out.toString(StandardCharsets.UTF_8).contains("running at http://localhost:9180/"));
    } finally {
      other.destroyForcibly();
    }
  }

  private static final String SLEEPER =
      "class Sleep { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }";

  @Test
  void badConfigurationIsAnErrorNotAStackTrace() {
    int status =
        Main.run(
            new String[] {"start"}, Map.of("AZORA_HOME", home.toString(), "AZORA_PORT_BASE", "12"));
    assertEquals(1, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Port base must be"));
  }
}
