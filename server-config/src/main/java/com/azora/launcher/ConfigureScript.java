package com.azora.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code configure-server.sh}, the operator's script for their own Payara Server, which the
 * launcher runs too so that both set a domain up the same way.
 */
final class ConfigureScript {

  static final String RESOURCE = "configure-server.sh";

  private ConfigureScript() {}

  /** Copies the script bundled in the launcher jar into the state directory. */
  static Path extract(Path stateDir) throws IOException {
    Path target = stateDir.resolve(RESOURCE);
    try (InputStream in = ConfigureScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing from the launcher's classpath");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** The script's inputs for this configuration; sorted, so that it doubles as a fingerprint. */
  static Map<String, String> environment(
      LauncherConfig config, DatabaseUrl database, Path asadmin) {
    Map<String, String> env = new TreeMap<>();
    env.put("ASADMIN", asadmin.toString());
    env.put("AZORA_ADMIN_PORT", "" + config.ports().admin());
    env.put("AZORA_DB_HOST", database.host());
    env.put("AZORA_DB_PORT", "" + database.port());
    env.put("AZORA_DB_NAME", database.database());
    env.put("AZORA_DB_USER", database.user());
    env.put("AZORA_DB_PASSWORD", database.password());
    env.put("AZORA_JDBC_DRIVER_JAR", driverJar().toString());
    env.put("AZORA_HEAP", config.heap());
    env.put("AZORA_JVM_PROPS", String.join(" ", config.serverJvmProps()));
    SmtpSettings smtp = config.smtp();
    if (smtp != null) {
      env.put("AZORA_SMTP_HOST", smtp.host());
      env.put("AZORA_SMTP_PORT", "" + smtp.port());
      putIfSet(env, "AZORA_SMTP_USER", smtp.user());
      putIfSet(env, "AZORA_SMTP_PASSWORD", smtp.password());
      putIfSet(env, "AZORA_MAIL_FROM", smtp.from());
    }
    env.putAll(Payara.asadminEnvironment());
    return env;
  }

  private static void putIfSet(Map<String, String> env, String name, String value) {
    if (value != null && !value.isBlank()) {
      env.put(name, value);
    }
  }

  static void run(Path script, Map<String, String> env, Path log) throws IOException {
    Map<String, String> childEnv = new TreeMap<>(System.getenv());
    // The launcher's own AZORA_* variables mean other things to the script (AZORA_DB_PORT).
    childEnv.keySet().removeIf(name -> name.startsWith("AZORA_"));
    childEnv.putAll(env);
    ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString()));
    builder.environment().clear();
    builder.environment().putAll(childEnv);
    Payara.runLogged(builder, log);
  }

  /** The PostgreSQL driver jar the launcher itself loaded, handed to asadmin add-library. */
  static Path driverJar() {
    try {
      return Path.of(
          org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the PostgreSQL driver jar", e);
    }
  }
}
