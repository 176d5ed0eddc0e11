package com.azora.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server run by the launcher (zonky's binaries), whose data directory survives
 * restarts. It listens on localhost only and trusts local connections, as a developer database.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "azora";
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code dataDir} (initialising it when empty) and creates {@code azora}.
   */
  static EmbeddedDatabase start(Path dataDir, int port, Path binariesDir, Path log)
      throws IOException, SQLException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setOverrideWorkingDirectory(binariesDir.toFile())
            .setPGStartupWait(Duration.ofSeconds(60))
            // zonky starts PostgreSQL with -F (no fsync) for throw-away test data; this data stays.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            // Per-statement counts and timings (zonky ships the module): QueryCountIT counts the
            // server's statements per page with it, and the benchmark reads the slowest queries.
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .setOutputRedirector(Redirect.appendTo(log.toFile()))
            .setErrorRedirector(Redirect.appendTo(log.toFile()))
            .start();
    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
    try {
      database.createDatabaseIfAbsent();
    } catch (SQLException e) {
      database.close();
      throw e;
    }
    return database;
  }

  DatabaseUrl url() {
    // Local connections are trusted; the pool still needs a password property, any will do.
    return new DatabaseUrl("localhost", postgres.getPort(), DATABASE, SUPERUSER, SUPERUSER);
  }

  private void createDatabaseIfAbsent() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("create database " + DATABASE);
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * Stops a PostgreSQL left running on {@code dataDir} by a launcher that died, using the pid that
   * PostgreSQL keeps in {@code postmaster.pid}. Returns whether one was running.
   */
  static boolean stopLeftover(Path dataDir) {
    Optional<ProcessHandle> postmaster = postmaster(dataDir);
    if (postmaster.isEmpty()) {
      return false;
    }
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop cleanly.
    try {
      new ProcessBuilder(List.of("kill", "-INT", "" + postmaster.get().pid()))
          .redirectErrorStream(true)
          .redirectOutput(Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      postmaster.get().destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Processes.awaitExit(postmaster.get(), Duration.ofSeconds(30));
    return true;
  }

  /** The running postmaster of {@code dataDir}, if any. */
  static Optional<ProcessHandle> postmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
