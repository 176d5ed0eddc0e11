package com.azora.e2e.support;

import com.azora.launcher.AzoraServer;
import com.azora.launcher.PortBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A deployment group of two instances made from the test server's domain by {@code
 * server-config/scripts/cluster.sh}, exactly as the README tells an operator to. Creating it takes
 * the application off the test server's DAS, so the drill has a failsafe execution of its own.
 */
public final class Cluster implements AutoCloseable {

  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(12);

  private final Path script;
  private final Map<String, String> env;
  private final int portBase;
  private final Path log;

  private Cluster(Path script, Map<String, String> env, int portBase, Path log) {
    this.script = script;
    this.env = env;
    this.portBase = portBase;
    this.log = log;
  }

  /** Creates the group on the test server's domain and waits until both instances are ready. */
  public static Cluster create(AzoraTestServer server) throws IOException, InterruptedException {
    AzoraServer launcher = server.launcher();
    Path script =
        Path.of(System.getProperty("azora.cluster.script", "../server-config/scripts/cluster.sh"));
    int base = freeBlocks(launcher.config().ports().base());
    Cluster cluster =
        new Cluster(
            script,
            Map.of(
                "ASADMIN",
                launcher.asadmin().toString(),
                "AZORA_ADMIN_PORT",
                "" + launcher.config().ports().admin(),
                "AZORA_EAR",
                launcher.config().ear().toAbsolutePath().toString(),
                "AZORA_DOMAIN",
                "azora",
                "AZORA_CLUSTER_PORT_BASE",
                "" + base),
            base,
            launcher.config().stateDir().resolve("logs/cluster.log"));
    cluster.run("create");
    for (int n = 1; n <= 2; n++) {
      cluster.awaitReady(n, Duration.ofMinutes(3));
    }
    return cluster;
  }

  /** Instance 1 or 2's HTTP address, without a trailing slash. */
  public String url(int instance) {
    return "http://localhost:" + (portBase + 100 * (instance - 1) + 80);
  }

  /** The instance's name, as it appears in node lives and timer owners. */
  public static String name(int instance) {
    return "azora-" + instance;
  }

  /** {@code kill -9} of the instance's JVM. */
  public void kill(int instance) throws IOException, InterruptedException {
    run("kill", "" + instance);
  }

  /** Stops both instances (killing those that do not stop); the DAS is the test server's. */
  @Override
  public void close() throws IOException, InterruptedException {
    run("stop");
  }

  public Path log() {
    return log;
  }

  private void awaitReady(int instance, Duration limit) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(limit);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url(instance) + "/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException(
        name(instance) + " not ready after " + limit + ": " + last + " (see " + log + ")");
  }

  private void run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Files.createDirectories(log.getParent());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process p = builder.start();
    if (!p.waitFor(SCRIPT_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "cluster.sh " + String.join(" ", args) + " timed out; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "cluster.sh " + String.join(" ", args) + " failed (" + p.exitValue() + "); see " + log);
    }
  }

  /** A port base whose block and the next one are free, away from the test server's block. */
  private static int freeBlocks(int taken) {
    SecureRandom random = new SecureRandom();
    for (int attempt = 0; attempt < 200; attempt++) {
      int base = 100 * (100 + random.nextInt(215));
      if (Math.abs(base - taken) < 200) {
        continue;
      }
      boolean free =
          IntStream.of(base, base + 100)
              .mapToObj(PortBase::new)
              .flatMap(b -> b.allPorts().stream())
              .allMatch(PortBase::isFree);
      if (free) {
        return base;
      }
    }
    throw new IllegalStateException("No two free blocks of 100 ports for the cluster");
  }
}
