package com.azora.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running Azora: PostgreSQL (embedded or external) and a Payara Server domain with the EAR
 * deployed, all under {@link LauncherConfig#stateDir()}. {@link #start()} brings it up and waits
 * until {@code /health/ready} answers UP; {@link #close()} stops what this instance started.
 */
public final class AzoraServer implements AutoCloseable {

  private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(5);
  private static final String LOAD_FAILURE = "Exception while loading the app";

  private final LauncherConfig config;
  private final Path stateDir;
  private final Path log;
  private final Payara payara;
  private final Object lifecycle = new Object();
  private volatile EmbeddedDatabase embedded;
  private volatile DatabaseUrl database;
  private volatile boolean payaraStarted;
  private volatile PidFile pidFile;
  private volatile boolean closed;

  private AzoraServer(LauncherConfig config) {
    this.config = config;
    this.stateDir = config.stateDir();
    this.log = stateDir.resolve("logs/launcher.log");
    this.payara = new Payara(stateDir, log);
  }

  /** An instance that is not started yet, so a caller can register {@link #close()} first. */
  public static AzoraServer create(LauncherConfig config) {
    return new AzoraServer(config);
  }

  /** Creates and starts an instance; on failure, whatever it had started is stopped again. */
  public static AzoraServer start(LauncherConfig config) throws IOException {
    AzoraServer server = create(config);
    server.start();
    return server;
  }

  /**
   * Starts PostgreSQL and Payara, configures and deploys as needed, and waits for readiness.
   *
   * @throws AlreadyRunningException when a launcher already runs on this state directory
   */
  public void start() throws IOException {
    try {
      boot();
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof AlreadyRunningException)) {
        close();
      }
      throw e;
    }
  }

  private void boot() throws IOException {
    Instant begin = Instant.now();
    Files.createDirectories(log.getParent());
    Optional<String> running = runningUrl(stateDir);
    if (running.isPresent()) {
      throw new AlreadyRunningException(running.get());
    }
    if (stopLeftovers(stateDir)) {
      Progress.say("Stopped processes left behind by an earlier run that did not stop cleanly");
    }
    requireFreePorts();
    pidFile = new PidFile(ProcessHandle.current().pid(), config.url());
    pidFile.write(stateDir);

    database = startDatabase();
    preparePayara();
    boolean deployed = deployIfChanged();
    awaitReady(deployed);
    Progress.say(
        "Azora is ready after " + Duration.between(begin, Instant.now()).toSeconds() + " s");
  }

  private void requireFreePorts() {
    Map<String, Integer> ports = new TreeMap<>();
    ports.put("HTTP", config.ports().http());
    ports.put("admin", config.ports().admin());
    if (config.database() instanceof DatabaseSettings.Embedded e) {
      ports.put("PostgreSQL", e.port());
    }
    ports.forEach(
        (name, port) -> {
          if (!PortBase.isFree(port)) {
            throw new IllegalStateException(
                "Port "
                    + port
                    + " ("
                    + name
                    + ") is in use by another program: stop it, or choose other ports with"
                    + " AZORA_PORT_BASE (Azora uses base .. base+99) or AZORA_DB_PORT");
          }
        });
  }

  private DatabaseUrl startDatabase() throws IOException {
    if (config.database() instanceof DatabaseSettings.External external) {
      DatabaseUrl url = external.url();
      try (Connection ignored =
          DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
        Progress.say("Using PostgreSQL at " + url);
        return url;
      } catch (SQLException e) {
        throw new IOException("Cannot connect to " + url + ": " + e.getMessage(), e);
      }
    }
    int port = ((DatabaseSettings.Embedded) config.database()).port();
    Progress.say("Starting embedded PostgreSQL on port " + port + " (data in " + dataDir() + ")");
    try {
      embedded = EmbeddedDatabase.start(dataDir(), port, stateDir.resolve("pgsql"), log);
    } catch (SQLException e) {
      throw new IOException("Embedded PostgreSQL did not accept connections: " + e.getMessage(), e);
    }
    return embedded.url();
  }

  private void preparePayara() throws IOException {
    if (!payara.isInstalled()) {
      Progress.say("Unpacking Payara Server from " + config.payaraZip());
      payara.install(config.payaraZip());
    }
    Path portBaseMarker = payara.domainDir().resolve("azora-portbase");
    String portBase = "" + config.ports().base();
    if (payara.domainExists() && !portBase.equals(Fingerprint.read(portBaseMarker))) {
      // A domain keeps the ports it was created with: a new port base needs a new domain.
      Progress.say("Port base changed: recreating the Payara domain");
      Payara.deleteRecursively(payara.domainDir());
    }
    if (!payara.domainExists()) {
      Progress.say("Creating Payara domain '" + Payara.DOMAIN + "' with port base " + portBase);
      payara.createDomain(config.ports());
      Files.writeString(portBaseMarker, portBase);
    }
    Progress.say("Starting Payara Server (admin port " + config.ports().admin() + ")");
    payaraStarted = true;
    payara.start();

    Path script = ConfigureScript.extract(stateDir);
    Map<String, String> env = ConfigureScript.environment(config, database, payara.asadmin());
    String fingerprint = Fingerprint.of(Files.readString(script) + env);
    Path configuredMarker = payara.domainDir().resolve("azora-configured.sha256");
    if (!fingerprint.equals(Fingerprint.read(configuredMarker))) {
      Progress.say("Configuring the domain with configure-server.sh");
      ConfigureScript.run(script, env, log);
      Progress.say("Restarting Payara Server so that the batch runtime uses jdbc/azora");
      payara.restart();
      Files.writeString(configuredMarker, fingerprint);
    }
  }

  /** Deploys the EAR unless this version is already deployed; returns whether it deployed. */
  private boolean deployIfChanged() throws IOException {
    Path ear = config.ear();
    if (!Files.isRegularFile(ear)) {
      throw new IOException("Application not found at " + ear + " (build it with mvn package)");
    }
    Path deployedMarker = payara.domainDir().resolve("azora-deployed.sha256");
    String earHash = Fingerprint.of(ear);
    if (!earHash.equals(Fingerprint.read(deployedMarker))) {
      if (payara.isApplicationDeployed()) {
        awaitPreviousVersionLoaded();
      }
      // A failed deploy leaves no version behind, so it must leave no marker either.
      Files.deleteIfExists(deployedMarker);
      Progress.say("Deploying " + ear.getFileName());
      try {
        payara.deploy(ear, config.ports().admin());
      } catch (IOException e) {
        // Replacing a version that Payara is still loading or unloading can fail once
        // ("closed EntityManagerFactory"); the second attempt meets a settled server.
        Progress.say("The deployment failed once while Payara settled; deploying again");
        ReadinessProbe.pause();
        payara.deploy(ear, config.ports().admin());
      }
      Files.writeString(deployedMarker, earHash);
      return true;
    }
    return false;
  }

  /**
   * Payara loads the deployed version after start-domain returns; redeploying during that load
   * breaks both ("Cannot create scratch directory"). Waits until the old version answers, or has
   * failed to load, before replacing it.
   */
  private void awaitPreviousVersionLoaded() throws IOException {
    Progress.say("Waiting for the previous version to finish loading before replacing it");
    ReadinessProbe probe = new ReadinessProbe(baseUrl());
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      int status = probe.status();
      if (status == 200 || status == 503 || payara.serverLogSinceStart().contains(LOAD_FAILURE)) {
        return;
      }
      ReadinessProbe.pause();
    }
  }

  /**
   * Polls readiness. When the application was not deployed just now but failed to load with the
   * server (Payara sometimes loses a start-up race: "This web container has not yet been started"),
   * deploys it once more instead of waiting in vain.
   */
  private void awaitReady(boolean deployedNow) throws IOException {
    boolean redeployed = deployedNow;
    ReadinessProbe probe = new ReadinessProbe(baseUrl());
    Progress.say("Waiting for " + ReadinessProbe.PATH);
    Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!payara.isRunning()) {
        throw new IOException("Payara Server stopped while starting; see " + serverLog());
      }
      if (!redeployed && payara.serverLogSinceStart().contains(LOAD_FAILURE)) {
        Progress.say("The application failed to load with the server; deploying it again");
        payara.deploy(config.ear(), config.ports().admin());
        redeployed = true;
      }
      if (probe.isUp()) {
        return;
      }
      ReadinessProbe.pause();
    }
    throw new IOException(
        "Azora was not ready within "
            + READINESS_TIMEOUT.toMinutes()
            + " minutes (last answer: "
            + probe.lastAnswer()
            + "); see "
            + serverLog());
  }

  /**
   * For fault drills: kills the Payara Server JVM at once (SIGKILL, like {@code kill -9}: no
   * shutdown hooks, transactions cut), keeps PostgreSQL running, then starts the domain again and
   * waits until Azora is ready. Returns the killed JVM's pid.
   */
  public long killPayaraAndRestart() throws IOException {
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException("This Azora server is closed");
      }
      ProcessHandle jvm =
          payara
              .serverProcess()
              .orElseThrow(() -> new IllegalStateException("Payara Server is not running"));
      Progress.say("Killing Payara Server (pid " + jvm.pid() + ") with SIGKILL");
      jvm.destroyForcibly();
      try {
        jvm.onExit().get(60, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IOException("Payara Server (pid " + jvm.pid() + ") did not die", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while killing Payara Server", e);
      }
      // A killed server leaves its pid file behind.
      Files.deleteIfExists(payara.domainDir().resolve("config/pid"));
      Progress.say("Starting Payara Server again");
      payara.start();
      awaitReady(false);
      return jvm.pid();
    }
  }

  /** The local URL without a trailing slash, such as {@code http://localhost:8080}. */
  public String baseUrl() {
    return "http://localhost:" + config.ports().http();
  }

  public LauncherConfig config() {
    return config;
  }

  /** The database the server uses, with credentials. */
  public DatabaseUrl database() {
    return database;
  }

  /** A new connection to Azora's database; the caller closes it. */
  public Connection openConnection() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
  }

  public Path serverLog() {
    return payara.serverLog();
  }

  /** The asadmin of this server's Payara installation (for scripts such as cluster.sh). */
  public Path asadmin() {
    return payara.asadmin();
  }

  /** Completes when the Payara Server JVM ends, for whatever reason. */
  public CompletableFuture<ProcessHandle> serverExit() {
    return payara
        .serverProcess()
        .map(ProcessHandle::onExit)
        .orElseGet(() -> CompletableFuture.completedFuture(null));
  }

  /**
   * After the server JVM ended: the JVM that replaced it when the domain was restarted (asadmin
   * restart-domain, as cluster.sh does once), or empty when none comes up in time (it stopped).
   */
  public Optional<ProcessHandle> awaitRestart(ProcessHandle ended, Duration within) {
    Instant give = Instant.now().plus(within);
    while (!closed && Instant.now().isBefore(give)) {
      Optional<ProcessHandle> next =
          payara.serverProcess().filter(p -> ended == null || p.pid() != ended.pid());
      if (next.isPresent()) {
        return next;
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public boolean isClosed() {
    return closed;
  }

  /** Stops Payara, then the embedded PostgreSQL, then removes the pid file; safe to repeat. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      if (payaraStarted && payara.isAlive()) {
        Progress.say("Stopping Payara Server");
        payara.stop();
      }
      if (embedded != null) {
        Progress.say("Stopping embedded PostgreSQL");
        try {
          embedded.close();
        } catch (IOException e) {
          Progress.say("Stopping PostgreSQL failed: " + e.getMessage());
        }
      }
      if (pidFile != null) {
        try {
          pidFile.delete(stateDir);
        } catch (IOException e) {
          Progress.say("Could not remove " + PidFile.NAME + ": " + e.getMessage());
        }
      }
    }
  }

  /** The URL of a launcher that runs on {@code stateDir}, other than this process. */
  public static Optional<String> runningUrl(Path stateDir) {
    return PidFile.read(stateDir.toAbsolutePath())
        .filter(f -> f.pid() != ProcessHandle.current().pid())
        .filter(f -> f.liveProcess().isPresent())
        .map(PidFile::url);
  }

  /**
   * Stops the Azora running on {@code stateDir}: Payara first (while its database is still up),
   * then the launcher process, then any PostgreSQL left on the data directory. Returns whether
   * anything was running.
   */
  public static boolean stop(Path stateDir) throws IOException {
    Path dir = stateDir.toAbsolutePath();
    Path log = dir.resolve("logs/launcher.log");
    Files.createDirectories(log.getParent());
    boolean anything = false;
    Payara payara = new Payara(dir, log);
    if (payara.isRunning()) {
      Progress.say("Stopping Payara Server");
      payara.stop();
      anything = true;
    }
    Optional<PidFile> pidFile = PidFile.read(dir);
    Optional<ProcessHandle> launcher =
        pidFile.filter(f -> f.pid() != ProcessHandle.current().pid()).flatMap(PidFile::liveProcess);
    if (launcher.isPresent()) {
      Progress.say("Stopping the launcher (pid " + launcher.get().pid() + ")");
      Processes.terminate(launcher.get(), Duration.ofSeconds(60));
      anything = true;
    }
    if (EmbeddedDatabase.stopLeftover(dir.resolve("pgdata"))) {
      Progress.say("Stopped embedded PostgreSQL");
      anything = true;
    }
    if (pidFile.isPresent()) {
      Files.deleteIfExists(dir.resolve(PidFile.NAME));
    }
    return anything;
  }

  /** Stops a Payara or PostgreSQL still running on {@code stateDir} without its launcher. */
  private static boolean stopLeftovers(Path stateDir) throws IOException {
    boolean anything = false;
    Payara leftover = new Payara(stateDir, stateDir.resolve("logs/launcher.log"));
    if (leftover.isRunning() || !leftover.instanceProcesses().isEmpty()) {
      leftover.stop();
      anything = true;
    }
    return EmbeddedDatabase.stopLeftover(stateDir.resolve("pgdata")) || anything;
  }

  private Path dataDir() {
    return stateDir.resolve("pgdata");
  }

  /** Lines a person needs after start: where to go and how to sign in. */
  public List<String> welcome() {
    List<String> lines = new ArrayList<>();
    lines.add("Azora is running at " + config.url());
    if (config.demo()) {
      lines.add("Demo logins (password " + config.demoPassword() + "):");
      LauncherConfig.DEMO_ACCOUNTS.forEach(account -> lines.add("  " + account));
    }
    return lines;
  }
}
