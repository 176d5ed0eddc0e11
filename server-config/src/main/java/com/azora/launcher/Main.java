package com.azora.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar azora-launcher.jar [start|stop|status]}: runs Azora in the foreground until
 * Ctrl-C, stops a running one, or tells whether one runs. Configuration comes from {@code AZORA_*}
 * environment variables (see docs/running.md).
 */
public final class Main {

  static final String USAGE =
      """
      Usage: java -jar azora-launcher.jar [start|stop|status|help]
        start   start Azora (PostgreSQL + Payara Server) and keep it running until Ctrl-C
        stop    stop the Azora started from the same AZORA_HOME
        status  tell whether Azora runs (exit 0) or not (exit 3)
      Configuration: AZORA_HOME, AZORA_PORT_BASE, AZORA_DB_URL, AZORA_DB_USER, AZORA_DB_PASSWORD,
      AZORA_DB_PORT, AZORA_SMTP_HOST, AZORA_SMTP_PORT, AZORA_SMTP_USER, AZORA_SMTP_PASSWORD,
      AZORA_MAIL_FROM, AZORA_DEMO, AZORA_DEMO_PASSWORD, AZORA_JVM_PROPS, AZORA_HEAP, AZORA_BASE_URL,
      AZORA_EAR, AZORA_PAYARA_ZIP""";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv()));
  }

  /** What the command does with these arguments and variables; returns the exit code. */
  static int run(String[] args, Map<String, String> env) {
    String command = args.length == 0 ? "start" : args[0];
    if (args.length > 1) {
      System.err.println(USAGE);
      return 2;
    }
    try {
      return switch (command) {
        case "start" -> start(env);
        case "stop" -> stop(env);
        case "status" -> status(env);
        case "help", "-h", "--help" -> {
          System.out.println(USAGE);
          yield 0;
        }
        default -> {
          System.err.println("Unknown command '" + command + "'.\n" + USAGE);
          yield 2;
        }
      };
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      System.err.println("[azora] " + e.getMessage());
      return 1;
    }
  }

  /** How long a restarted domain may take to write its new pid file. */
  private static final Duration RESTART_WINDOW = Duration.ofSeconds(60);

  private static int start(Map<String, String> env) throws IOException {
    LauncherConfig config = LauncherConfig.fromEnvironment(env, launcherDir());
    Optional<String> running = AzoraServer.runningUrl(config.stateDir());
    if (running.isPresent()) {
      System.out.println("Azora is already running at " + running.get());
      return 0;
    }
    // zonky logs every PostgreSQL start through java.util.logging; the launcher says it itself.
    Logger.getLogger("io.zonky").setLevel(Level.WARNING);
    AzoraServer server = AzoraServer.create(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "azora-shutdown"));
    try {
      server.start();
    } catch (AlreadyRunningException e) {
      System.out.println(e.getMessage());
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("[azora] Start failed: " + e.getMessage());
      System.err.println("[azora] Details: " + config.stateDir().resolve("logs/launcher.log"));
      return 1;
    }
    server.welcome().forEach(System.out::println);
    System.out.println("Press Ctrl-C to stop (or run ./azora stop from another terminal).");
    ProcessHandle ended = server.serverExit().join();
    // A restarted domain (cluster.sh restarts it once) keeps its database: follow the new JVM.
    Optional<ProcessHandle> next;
    while (!server.isClosed() && (next = server.awaitRestart(ended, RESTART_WINDOW)).isPresent()) {
      Progress.say("Payara Server was restarted (pid " + next.get().pid() + ")");
      ended = next.get().onExit().join();
    }
    if (!server.isClosed()) {
      Progress.say("Payara Server has stopped; stopping the rest");
    }
    return 0;
  }

  private static int stop(Map<String, String> env) throws IOException {
    Path stateDir = stateDir(env);
    if (AzoraServer.stop(stateDir)) {
      System.out.println("Azora stopped.");
    } else {
      System.out.println("Azora was not running (state directory " + stateDir + ").");
    }
    return 0;
  }

  private static int status(Map<String, String> env) {
    Optional<String> running = AzoraServer.runningUrl(stateDir(env));
    if (running.isPresent()) {
      System.out.println("Azora is running at " + running.get());
      return 0;
    }
    System.out.println("Azora is not running.");
    return 3;
  }

  static Path stateDir(Map<String, String> env) {
    return Path.of(env.getOrDefault("AZORA_HOME", ".azora")).toAbsolutePath().normalize();
  }

  /** The folder holding the launcher jar, where the build also puts payara.zip. */
  private static Path launcherDir() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the launcher jar", e);
    }
  }
}
