package com.azora.bench;

import com.azora.launcher.AzoraServer;
import com.azora.launcher.LauncherConfig;
import com.azora.launcher.PortBase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Benchmarks catalog search: starts Azora through the launcher on its own state directory (so the
 * large data set never lands in a developer's {@code .azora} database), seeds it, warms the JIT up,
 * then measures the search API and the catalog page at a fixed concurrency and writes the results
 * into docs/benchmarks.md. Settings come from {@code BENCH_*} environment variables (see
 * docs/benchmarks.md).
 */
public final class Bench {

  /** A typical mix: whole words, prefixes as people type them, two typos, and no text at all. */
  static final List<String> QUERIES =
      List.of(
          "python",
          "data",
          "mach lear",
          "kube",
          "intro",
          "kubernets",
          "secur",
          "web dev",
          "photgraphy",
          "",
          "sql",
          "design");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    if (args.length > 0 && "ledger".equals(args[0])) {
      LedgerBench.run(env);
      return;
    }
    if (args.length > 0 && "settlement".equals(args[0])) {
      SettlementBench.run(env);
      return;
    }
    if (args.length > 0 && "leaderboard".equals(args[0])) {
      LeaderboardBench.run(env);
      return;
    }
    int courses = intSetting(env, "BENCH_COURSES", 10_000);
    int progress = intSetting(env, "BENCH_PROGRESS", 1_000_000);
    int concurrency = intSetting(env, "BENCH_CONCURRENCY", 64);
    Duration warmup = Duration.ofSeconds(intSetting(env, "BENCH_WARMUP_SECONDS", 60));
    Duration measure = Duration.ofSeconds(intSetting(env, "BENCH_SECONDS", 60));
    Path report = Path.of(env.getOrDefault("BENCH_REPORT", "docs/benchmarks.md"));
    Path state = Path.of(env.getOrDefault("BENCH_STATE", "bench/target/azora-bench"));
    String loadBefore = loadAverage();

    LauncherConfig config = launcherConfig(env, state);
    try (AzoraServer server = AzoraServer.create(config)) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-stop"));
      server.start();
      Report.Context context;
      try (Connection c = server.openConnection()) {
        Seeder.Sizes sizes = Seeder.seed(c, courses, progress);
        try (Statement st = c.createStatement()) {
          st.execute("create extension if not exists pg_stat_statements");
        }
        context = Report.context(c, sizes, concurrency, measure, loadBefore, versions());
      }
      List<String> api = QUERIES.stream().map(q -> "/api/courses?q=" + enc(q)).toList();
      List<String> page = QUERIES.stream().map(q -> "/catalog.xhtml?q=" + enc(q)).toList();

      say("Warming up for " + warmup.toSeconds() + " s at " + concurrency + " connections");
      LoadRun.run(
          "warm-up",
          server.baseUrl(),
          Stream.concat(api.stream(), page.stream()).toList(),
          concurrency,
          warmup);

      List<Report.Measured> results = new ArrayList<>();
      results.add(measure(server, "GET /api/courses?q=…", api, concurrency, measure));
      results.add(measure(server, "GET /catalog.xhtml?q=…", page, concurrency, measure));
      Report.write(report, context, results);
      say("Results written to " + report.toAbsolutePath());
    }
  }

  /** Azora on its own state directory and ports, without demo data, as every bench runs it. */
  static LauncherConfig launcherConfig(Map<String, String> env, Path state) {
    return LauncherConfig.builder()
        .stateDir(state)
        .ports(ports(env))
        .demo(false)
        .ear(requiredFile(env.getOrDefault("BENCH_EAR", "azora-ear/target/azora.ear")))
        .payaraZip(
            requiredFile(env.getOrDefault("BENCH_PAYARA_ZIP", "server-config/target/payara.zip")))
        .heap(env.getOrDefault("BENCH_HEAP", "1g"))
        .build();
  }

  private static Report.Measured measure(
      AzoraServer server, String name, List<String> paths, int concurrency, Duration duration)
      throws SQLException, InterruptedException {
    try (Connection c = server.openConnection();
        Statement st = c.createStatement()) {
      st.execute("select pg_stat_statements_reset()");
    }
    say("Measuring " + name + " for " + duration.toSeconds() + " s");
    LoadRun.Result result = LoadRun.run(name, server.baseUrl(), paths, concurrency, duration);
    String load = loadAverage();
    say(
        String.format(
            "%s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors (load %s)",
            name,
            result.perSecond(),
            result.p50(),
            result.p95(),
            result.p99(),
            result.errors(),
            load));
    try (Connection c = server.openConnection()) {
      return new Report.Measured(result, load, Report.topStatements(c, result.requests()));
    }
  }

  /**
   * A fixed port block by default, so that a rerun keeps its Payara domain (a new port base means
   * recreating it); a random free one when that block is taken.
   */
  private static PortBase ports(Map<String, String> env) {
    PortBase fixed = PortBase.parse(env.getOrDefault("BENCH_PORT_BASE", "21000"));
    return fixed.allPorts().stream().allMatch(PortBase::isFree)
        ? fixed
        : PortBase.findFree(new SecureRandom());
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static Properties versions() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Bench.class.getResourceAsStream("versions.properties")) {
      p.load(in);
    }
    return p;
  }

  private static Path requiredFile(String path) {
    Path p = Path.of(path);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p.toAbsolutePath() + " is missing: run bench/run");
    }
    return p;
  }

  static int intSetting(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void say(String message) {
    System.out.println("[bench " + Instant.now().toString().substring(11, 19) + "] " + message);
  }
}
