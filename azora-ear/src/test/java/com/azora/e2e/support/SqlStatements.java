package com.azora.e2e.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts the SQL statements the server runs for one request, from PostgreSQL's {@code
 * pg_stat_statements} (the launcher preloads it into the embedded PostgreSQL).
 *
 * <p>Why there: it counts what reached the database, whoever sent it (EclipseLink, native queries,
 * the pool's validation, Shiro's realm), with no code of ours in the server, and it survives a
 * change of driver or ORM; a JDBC trace listener would need a test class on Payara's classpath and
 * {@code log_statement} would mean parsing a shared log. Its one weakness is that it counts every
 * session: this session's own probes are switched off ({@code pg_stat_statements.track = none},
 * allowed for a superuser), tests run one at a time in the test JVM, and the server's background
 * work (the mail outbox polls every 30 s) is filtered out by taking the smallest of a few runs, as
 * background work can only add statements.
 */
public final class SqlStatements {

  private static final int RUNS = 3;

  private SqlStatements() {}

  /** The statements of one request: total calls, and calls per normalised statement text. */
  public record Count(long total, Map<String, Long> perStatement) {

    /** What ran more often here than in {@code other}, for a failure message. */
    public String growthOver(Count other) {
      return perStatement.entrySet().stream()
          .filter(e -> e.getValue() > other.perStatement.getOrDefault(e.getKey(), 0L))
          .map(
              e ->
                  other.perStatement.getOrDefault(e.getKey(), 0L)
                      + " -> "
                      + e.getValue()
                      + ": "
                      + e.getKey())
          .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
      return total
          + " statements:\n"
          + perStatement.entrySet().stream()
              .map(e -> e.getValue() + " x " + e.getKey())
              .collect(Collectors.joining("\n"));
    }
  }

  /**
   * Runs {@code request} once to warm up (first-use work such as the driver's type lookups is not
   * what is measured), then {@value #RUNS} times, and returns the smallest count.
   */
  public static Count of(AzoraTestServer server, Runnable request) throws SQLException {
    try (Connection c = server.connection();
        Statement st = c.createStatement()) {
      st.execute("create extension if not exists pg_stat_statements");
      st.execute("set pg_stat_statements.track = 'none'");
      request.run();
      Count best = null;
      for (int i = 0; i < RUNS; i++) {
        Map<String, Long> before = snapshot(st);
        request.run();
        Count count = diff(before, snapshot(st));
        if (best == null || count.total() < best.total()) {
          best = count;
        }
      }
      return best;
    }
  }

  private static Map<String, Long> snapshot(Statement st) throws SQLException {
    Map<String, Long> calls = new HashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "select s.query, s.calls from pg_stat_statements s"
                + " join pg_database d on d.oid = s.dbid"
                + " where d.datname = current_database() and s.toplevel")) {
      while (rs.next()) {
        calls.merge(rs.getString(1), rs.getLong(2), Long::sum);
      }
    }
    return calls;
  }

  private static Count diff(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> grown = new TreeMap<>();
    after.forEach(
        (query, calls) -> {
          long delta = calls - before.getOrDefault(query, 0L);
          if (delta > 0) {
            grown.put(query, delta);
          }
        });
    return new Count(grown.values().stream().mapToLong(Long::longValue).sum(), grown);
  }
}
