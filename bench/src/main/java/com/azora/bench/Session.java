package com.azora.bench;

import com.azora.launcher.AzoraServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bench's own Azora, started through the launcher on the bench state directory, with what every
 * server bench needs: its base URL, an HTTP client, a tag that keeps this run's rows apart, where
 * the report goes and the load average before the server started.
 */
record Session(
    AzoraServer server, String base, HttpClient http, String tag, Path report, String loadBefore) {

  /** A bench's work while the server runs. */
  @FunctionalInterface
  interface Body {
    void run(Session s) throws Exception;
  }

  /** Starts the server, runs {@code body} and stops the server (also on Ctrl-C). */
  static void run(Map<String, String> env, HttpClient http, Body body) throws Exception {
    Path report = Path.of(env.getOrDefault("BENCH_REPORT", "docs/benchmarks.md"));
    Path state = Path.of(env.getOrDefault("BENCH_STATE", "bench/target/azora-bench"));
    String loadBefore = Bench.loadAverage();
    try (AzoraServer server = AzoraServer.create(Bench.launcherConfig(env, state))) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-stop"));
      server.start();
      body.run(
          new Session(
              server,
              server.baseUrl(),
              http,
              Long.toString(System.currentTimeMillis(), 36),
              report,
              loadBefore));
    }
  }

  /**
   * Starts a job as an admin does, with a POST of {@code json} (or nothing) to {@code path};
   * returns the job execution id named {@code field} in the 202 answer.
   */
  long startJob(String token, String path, String json, String field) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    if (json == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(r.body());
    if (r.statusCode() != 202 || !m.find()) {
      throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * The steps of a job execution as the batch API reports them (name and seconds from start to end,
   * in the order they started), e.g. "begin 31.2 s, rank 60.1 s, swap 9.8 s".
   */
  String steps(String token, long execution) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/batch/executions/" + execution))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return "(steps not available: " + r.statusCode() + ")";
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    Matcher step = Pattern.compile("\\{[^{}]*\"startedAt\"[^{}]*\\}").matcher(r.body());
    while (step.find()) {
      String o = step.group();
      Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(o);
      Matcher from = Pattern.compile("\"startedAt\"\\s*:\\s*\"([^\"]+)\"").matcher(o);
      Matcher to = Pattern.compile("\"endedAt\"\\s*:\\s*\"([^\"]+)\"").matcher(o);
      if (name.find() && from.find() && to.find()) {
        double seconds =
            java.time.Duration.between(
                        java.time.Instant.parse(from.group(1)),
                        java.time.Instant.parse(to.group(1)))
                    .toMillis()
                / 1000.0;
        out.add(String.format(java.util.Locale.ROOT, "%s %.1f s", name.group(1), seconds));
      }
    }
    return out.isEmpty() ? "(no steps in " + r.body() + ")" : String.join(", ", out);
  }
}
