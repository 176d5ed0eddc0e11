package com.azora.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the launcher needs to run one Azora instance. Build it with {@link #builder()} or read
 * it from {@code AZORA_*} environment variables with {@link #fromEnvironment(Map, Path)}.
 *
 * @param stateDir where Payara, the domain, the embedded database and the pid file live
 * @param ports the port block (HTTP at base + 80, admin at base + 48)
 * @param database embedded or external PostgreSQL
 * @param smtp outgoing mail, or null to keep mail on the admin Outbox page
 * @param demo whether the server seeds and shows demo accounts
 * @param demoPassword password of the demo accounts
 * @param extraJvmProps further {@code -Dkey=value} options for the server JVM
 * @param ear the application to deploy
 * @param payaraZip the Payara Server distribution to unpack on first start
 * @param heap maximum heap of the server JVM, such as {@code 1g}
 * @param publicUrl public URL used in mailed links (azora.base-url)
 */
public record LauncherConfig(
    Path stateDir,
    PortBase ports,
    DatabaseSettings database,
    SmtpSettings smtp,
    boolean demo,
    String demoPassword,
    List<String> extraJvmProps,
    Path ear,
    Path payaraZip,
    String heap,
    String publicUrl) {

  public static final String DEFAULT_DEMO_PASSWORD = "Azora-Demo-Pass-2026";

  public static final List<String> DEMO_ACCOUNTS =
      List.of(
          "student@demo.azora.local",
          "educator@demo.azora.local",
          "employer@demo.azora.local",
          "admin@demo.azora.local");

  public LauncherConfig {
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(ear, "ear");
    Objects.requireNonNull(payaraZip, "payaraZip");
    stateDir = stateDir.toAbsolutePath().normalize();
    extraJvmProps = List.copyOf(extraJvmProps);
    for (String option : extraJvmProps) {
      if (!option.matches("-D[^=\\s]+=\\S*")) {
        throw new IllegalArgumentException(
            "Extra JVM options must be -Dkey=value without spaces, not '" + option + "'");
      }
    }
    if (demoPassword == null || demoPassword.isBlank() || demoPassword.matches(".*\\s.*")) {
      throw new IllegalArgumentException("The demo password must be non-empty without spaces");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The URL people open. */
  public String url() {
    return ports.httpUrl();
  }

  /** The {@code -D} options the server JVM gets, in the order configure-server.sh applies them. */
  public List<String> serverJvmProps() {
    List<String> props = new ArrayList<>();
    props.add("-Dazora.demo=" + demo);
    if (demo) {
      props.add("-Dazora.demo.password=" + demoPassword);
    }
    props.add("-Dazora.base-url=" + publicUrl);
    props.addAll(extraJvmProps);
    return props;
  }

  /**
   * Reads the configuration from {@code AZORA_*} variables; paths not given default to files next
   * to the launcher jar ({@code launcherDir}), as the Maven build lays them out.
   */
  public static LauncherConfig fromEnvironment(Map<String, String> env, Path launcherDir) {
    Builder builder = builder();
    builder.stateDir(Path.of(env.getOrDefault("AZORA_HOME", ".azora")));
    PortBase ports = PortBase.parse(env.getOrDefault("AZORA_PORT_BASE", "" + PortBase.DEFAULT));
    builder.ports(ports);
    String dbUrl = env.get("AZORA_DB_URL");
    if (dbUrl != null && !dbUrl.isBlank()) {
      builder.externalDatabase(
          DatabaseUrl.parse(dbUrl)
              .withCredentials(env.get("AZORA_DB_USER"), env.get("AZORA_DB_PASSWORD")));
    } else {
      builder.embeddedDatabase(
          port(env.getOrDefault("AZORA_DB_PORT", "" + ports.embeddedDatabase()), "AZORA_DB_PORT"));
    }
    String smtpHost = env.get("AZORA_SMTP_HOST");
    if (smtpHost != null && !smtpHost.isBlank()) {
      builder.smtp(
          new SmtpSettings(
              smtpHost,
              port(env.getOrDefault("AZORA_SMTP_PORT", "25"), "AZORA_SMTP_PORT"),
              env.get("AZORA_SMTP_USER"),
              env.get("AZORA_SMTP_PASSWORD"),
              env.get("AZORA_MAIL_FROM")));
    }
    builder.demo(!"false".equalsIgnoreCase(env.getOrDefault("AZORA_DEMO", "true").trim()));
    builder.demoPassword(env.getOrDefault("AZORA_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD));
    builder.jvmProps(splitOptions(env.getOrDefault("AZORA_JVM_PROPS", "")));
    builder.heap(env.getOrDefault("AZORA_HEAP", "1g"));
    builder.publicUrl(env.get("AZORA_BASE_URL"));
    builder.ear(
        Path.of(
            env.getOrDefault(
                "AZORA_EAR",
                launcherDir.resolve("../../azora-ear/target/azora.ear").normalize().toString())));
    builder.payaraZip(
        Path.of(
            env.getOrDefault("AZORA_PAYARA_ZIP", launcherDir.resolve("payara.zip").toString())));
    return builder.build();
  }

  static List<String> splitOptions(String options) {
    return options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
  }

  private static int port(String value, String name) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(name + " must be a port number, not " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
    }
  }

  /** Builds a {@link LauncherConfig}; ports default to base 8000, the database to embedded. */
  public static final class Builder {
    private Path stateDir = Path.of(".azora");
    private PortBase ports = new PortBase(PortBase.DEFAULT);
    private DatabaseSettings database;
    private SmtpSettings smtp;
    private boolean demo;
    private String demoPassword = DEFAULT_DEMO_PASSWORD;
    private final List<String> jvmProps = new ArrayList<>();
    private Path ear;
    private Path payaraZip;
    private String heap = "1g";
    private String publicUrl;

    private Builder() {}

    public Builder stateDir(Path value) {
      stateDir = value;
      return this;
    }

    public Builder ports(PortBase value) {
      ports = value;
      return this;
    }

    public Builder embeddedDatabase(int port) {
      database = new DatabaseSettings.Embedded(port);
      return this;
    }

    public Builder externalDatabase(DatabaseUrl url) {
      database = new DatabaseSettings.External(url);
      return this;
    }

    public Builder smtp(SmtpSettings value) {
      smtp = value;
      return this;
    }

    public Builder demo(boolean value) {
      demo = value;
      return this;
    }

    public Builder demoPassword(String value) {
      demoPassword = value;
      return this;
    }

    public Builder jvmProps(List<String> values) {
      jvmProps.addAll(values);
      return this;
    }

    public Builder jvmProp(String key, String value) {
      jvmProps.add("-D" + key + "=" + value);
      return this;
    }

    public Builder ear(Path value) {
      ear = value;
      return this;
    }

    public Builder payaraZip(Path value) {
      payaraZip = value;
      return this;
    }

    public Builder heap(String value) {
      heap = value;
      return this;
    }

    /** Public URL for mailed links; defaults to {@code http://localhost:<http port>}. */
    public Builder publicUrl(String value) {
      publicUrl = value;
      return this;
    }

    public LauncherConfig build() {
      DatabaseSettings db =
          database != null ? database : new DatabaseSettings.Embedded(ports.embeddedDatabase());
      String url =
          publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + ports.http() : publicUrl;
      return new LauncherConfig(
          stateDir, ports, db, smtp, demo, demoPassword, jvmProps, ear, payaraZip, heap, url);
    }
  }
}
