package com.azora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Writes a run's results between the markers of docs/benchmarks.md (the rest is kept). */
final class Report {

  static final String START = "<!-- bench:results:start -->";
  static final String END = "<!-- bench:results:end -->";
  private static final double TARGET_P95_MS = 50;

  private Report() {}

  /** Where and on what the run happened. */
  record Context(
      Instant date,
      String machine,
      String loadBefore,
      String versions,
      Seeder.Sizes sizes,
      int concurrency,
      Duration duration) {}

  /** One measured endpoint, with the statements that cost the database most during it. */
  record Measured(LoadRun.Result result, String loadAfter, List<String> statements) {}

  static Context context(
      Connection c,
      Seeder.Sizes sizes,
      int concurrency,
      Duration duration,
      String loadBefore,
      Properties versions)
      throws SQLException {
    String pg;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("show server_version")) {
      rs.next();
      pg = rs.getString(1);
    }
    String v =
        "Azora "
            + versions.getProperty("azora")
            + ", Payara Server "
            + versions.getProperty("payara")
            + ", PostgreSQL "
            + pg
            + " (embedded), Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")";
    return new Context(
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        machine(),
        loadBefore,
        v,
        sizes,
        concurrency,
        duration);
  }

  /** The statements with the most database time, per request of the run. */
  static List<String> topStatements(Connection c, long requests) throws SQLException {
    return topStatements(c, requests, 5);
  }

  /** The {@code limit} statements with the most database time, per request (or chunk) of a run. */
  static List<String> topStatements(Connection c, long requests, int limit) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "select s.calls, s.mean_exec_time, s.total_exec_time, s.query"
                    + " from pg_stat_statements s join pg_database d on d.oid = s.dbid"
                    + " where d.datname = current_database()"
                    + " order by s.total_exec_time desc limit "
                    + limit);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String query = rs.getString(4).replaceAll("\\s+", " ");
        lines.add(
            String.format(
                Locale.ROOT,
                "| %.2f | %.2f | %.2f | `%s` |",
                rs.getLong(1) / (double) Math.max(1, requests),
                rs.getDouble(2),
                rs.getDouble(3) / Math.max(1, requests),
                query.length() > 150 ? query.substring(0, 150) + "…" : query));
      }
    }
    return lines;
  }

  static void write(Path file, Context ctx, List<Measured> results) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append(START).append("\n");
    md.append("## Latest run\n\n");
    md.append("- Date: ").append(ctx.date()).append("\n");
    md.append("- Machine: ").append(ctx.machine()).append("\n");
    md.append("- Load average (1/5/15 min) before the bench started the server: ")
        .append(ctx.loadBefore())
        .append("\n");
    md.append("- Versions: ").append(ctx.versions()).append("\n");
    md.append(
            String.format(
                Locale.ROOT,
                "- Data: %,d published bench courses, %,d lessons, %,d enrolments,"
                    + " %,d lesson progress rows\n",
                ctx.sizes().courses(),
                ctx.sizes().lessons(),
                ctx.sizes().enrolments(),
                ctx.sizes().progress()))
        .append(
            String.format(
                "- Load: %d concurrent connections (closed loop, keep-alive), %d s per endpoint"
                    + " after the warm-up; query mix: %s\n\n",
                ctx.concurrency(),
                ctx.duration().toSeconds(),
                String.join(", ", Bench.QUERIES.stream().map(q -> "`" + q + "`").toList())));
    md.append(
        "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |"
            + " load avg after | p95 < 50 ms |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Measured m : results) {
      LoadRun.Result r = m.result();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.0f | %.1f | %.1f | %.1f | %.0f | %d | %s | %s |\n",
              r.name(),
              r.requests(),
              r.perSecond(),
              r.p50(),
              r.p95(),
              r.p99(),
              r.max(),
              r.errors(),
              m.loadAfter(),
              r.p95() < TARGET_P95_MS ? "yes" : "**no**"));
    }
    for (Measured m : results) {
      md.append("\nDatabase time during ")
          .append(m.result().name())
          .append(" (pg_stat_statements, top 5 by total time):\n\n")
          .append("| calls per request | mean ms | ms per request | statement |\n")
          .append("|---|---|---|---|\n");
      m.statements().forEach(line -> md.append(line).append("\n"));
    }
    md.append(END);

    String text = Files.isRegularFile(file) ? Files.readString(file) : "# Benchmarks\n\n";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated =
        start >= 0 && end > start
            ? text.substring(0, start) + md + text.substring(end + END.length())
            : text + "\n" + md + "\n";
    Files.writeString(file, updated);
  }

  static String machine() {
    String cpu = "unknown CPU";
    long memKb = 0;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memKb = Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: the cores and the OS are still worth recording.
    }
    return String.format(
        Locale.ROOT,
        "%s, %d cores visible to the JVM, %.1f GiB RAM, %s %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memKb / 1024.0 / 1024.0,
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }
}
