package com.azora.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A Payara Server installation in the state directory with its one domain, driven by asadmin. */
final class Payara {

  static final String DOMAIN = "azora";
  static final String APPLICATION = "azora";

  private final Path stateDir;
  private final Path home;
  private final Path log;
  // Payara removes its pid file as soon as it begins to stop; this still finds the JVM then.
  private volatile ProcessHandle knownServer;
  private volatile long logOffsetAtStart;

  Payara(Path stateDir, Path log) {
    this.stateDir = stateDir;
    this.home = stateDir.resolve("payara6");
    this.log = log;
  }

  Path asadmin() {
    return home.resolve("bin/asadmin");
  }

  Path domainDir() {
    return home.resolve("glassfish/domains").resolve(DOMAIN);
  }

  boolean isInstalled() {
    return Files.isExecutable(asadmin());
  }

  boolean domainExists() {
    return Files.isRegularFile(domainDir().resolve("config/domain.xml"));
  }

  /** Unpacks the distribution; a half-unpacked copy never takes the final place. */
  void install(Path zip) throws IOException {
    if (!Files.isRegularFile(zip)) {
      throw new IOException("Payara Server distribution not found at " + zip);
    }
    Path unpacked = Files.createTempDirectory(stateDir, "payara-unpack");
    try (FileSystem archive =
        FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
      Path root = archive.getPath("/");
      try (Stream<Path> entries = Files.walk(root)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          copyEntry(entry, unpacked.resolve(root.relativize(entry).toString()));
        }
      }
      Files.move(unpacked.resolve("payara6"), home, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteRecursively(unpacked);
    }
  }

  private static void copyEntry(Path entry, Path target) throws IOException {
    if (Files.isDirectory(entry)) {
      Files.createDirectories(target);
      return;
    }
    Files.createDirectories(target.getParent());
    Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
    Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(entry));
    // Scripts must stay runnable even if the archive carries no Unix modes.
    if (target.getParent().getFileName().toString().equals("bin")) {
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      permissions.add(PosixFilePermission.OWNER_READ);
    }
    Files.setPosixFilePermissions(target, permissions);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }

  void createDomain(PortBase ports) throws IOException {
    run(
        "create-domain",
        "--nopassword=true",
        "--portbase",
        "" + ports.base(),
        "--domaindir",
        domainDir().getParent().toString(),
        DOMAIN);
  }

  /** The running server JVM, from the pid file Payara writes into the domain. */
  Optional<ProcessHandle> serverProcess() {
    Path pidFile = domainDir().resolve("config/pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  boolean isRunning() {
    return serverProcess().isPresent();
  }

  void start() throws IOException {
    logOffsetAtStart = serverLogSize();
    run("start-domain", "--domaindir", domainDir().getParent().toString(), DOMAIN);
    knownServer = serverProcess().orElse(null);
  }

  void restart() throws IOException {
    logOffsetAtStart = serverLogSize();
    run("restart-domain", "--domaindir", domainDir().getParent().toString(), DOMAIN);
    knownServer = serverProcess().orElse(null);
  }

  /** Whether the domain has the application registered (read from domain.xml, no asadmin). */
  boolean isApplicationDeployed() throws IOException {
    Path domainXml = domainDir().resolve("config/domain.xml");
    return Files.isRegularFile(domainXml)
        && Files.readString(domainXml)
            .matches("(?s).*<application [^>]*name=\"" + APPLICATION + "\".*");
  }

  Path serverLog() {
    return domainDir().resolve("logs/server.log");
  }

  private long serverLogSize() throws IOException {
    return Files.isRegularFile(serverLog()) ? Files.size(serverLog()) : 0;
  }

  /** What the server logged since the last start or restart (empty if the log was rotated). */
  String serverLogSinceStart() throws IOException {
    if (!Files.isRegularFile(serverLog()) || Files.size(serverLog()) < logOffsetAtStart) {
      return "";
    }
    try (SeekableByteChannel channel = Files.newByteChannel(serverLog())) {
      channel.position(logOffsetAtStart);
      return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Whether the server JVM runs, even if it is already on its way down. */
  boolean isAlive() {
    return isRunning() || (knownServer != null && knownServer.isAlive());
  }

  /**
   * The JVMs of instances of this installation (server-config/scripts/cluster.sh creates a
   * deployment group on it): their instance root lies under its {@code glassfish/nodes}.
   */
  List<ProcessHandle> instanceProcesses() {
    String marker =
        "-Dcom.sun.aas.instanceRoot=" + home.toAbsolutePath().resolve("glassfish/nodes");
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info().arguments().stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(a -> a.startsWith(marker)))
        .toList();
  }

  /** Stops the instances of this installation, if a cluster was created on it. */
  void stopInstances() {
    List<ProcessHandle> instances = instanceProcesses();
    instances.forEach(ProcessHandle::destroy);
    instances.forEach(p -> Processes.terminate(p, Duration.ofSeconds(60)));
  }

  /** Stops the domain and waits for its JVM to end, killing it if it does not in time. */
  void stop() {
    stopInstances();
    Optional<ProcessHandle> running = serverProcess();
    Optional<ProcessHandle> server =
        running.or(() -> Optional.ofNullable(knownServer).filter(ProcessHandle::isAlive));
    if (server.isEmpty()) {
      return;
    }
    if (running.isPresent()) {
      try {
        run("stop-domain", "--domaindir", domainDir().getParent().toString(), DOMAIN);
      } catch (IOException e) {
        Progress.say("asadmin stop-domain failed (" + e.getMessage() + ")");
      }
    }
    // Already stopping (Ctrl-C reaches Payara too) or asked to: let it finish, then insist.
    Processes.awaitOrTerminate(server.get(), Duration.ofSeconds(60));
  }

  void deploy(Path ear, int adminPort) throws IOException {
    run(
        "--port",
        "" + adminPort,
        "deploy",
        "--force=true",
        "--name",
        APPLICATION,
        "--contextroot",
        "/",
        ear.toAbsolutePath().toString());
  }

  /** Environment in which asadmin and configure-server.sh run this launcher's JDK. */
  static Map<String, String> asadminEnvironment() {
    return Map.of("AS_JAVA", System.getProperty("java.home"));
  }

  /**
   * Runs asadmin; its output goes to the launcher log. Output goes through a file, not a pipe,
   * because start-domain leaves the server holding asadmin's output open.
   */
  String run(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(asadmin().toString());
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(asadminEnvironment());
    return runLogged(builder, log);
  }

  /** Runs a command with its output appended to {@code log}; fails with the output on non-zero. */
  static String runLogged(ProcessBuilder builder, Path log) throws IOException {
    List<String> command = builder.command();
    Path output = Files.createTempFile(log.getParent(), "command", ".out");
    try {
      builder
          .redirectErrorStream(true)
          .redirectOutput(Redirect.to(output.toFile()))
          .redirectInput(Redirect.from(new File("/dev/null")));
      int exit = builder.start().waitFor();
      String text = Files.readString(output);
      Files.writeString(
          log,
          "$ " + String.join(" ", command) + "\n" + text + "(exit " + exit + ")\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (exit != 0) {
        throw new IOException(
            Path.of(command.get(0)).getFileName()
                + " "
                + String.join(" ", command.subList(1, Math.min(command.size(), 4)))
                + " failed (exit "
                + exit
                + "):\n"
                + text.strip());
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running " + command.get(0), e);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
