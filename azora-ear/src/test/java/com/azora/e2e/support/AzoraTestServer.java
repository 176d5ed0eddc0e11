package com.azora.e2e.support;

import com.azora.launcher.AzoraServer;
import com.azora.launcher.LauncherConfig;
import com.azora.launcher.PortBase;
import com.azora.launcher.SmtpSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Azora server of a test JVM: the packaged EAR on Payara Server with an embedded
 * PostgreSQL, demo mode on, and a GreenMail SMTP server as {@code mail/azora}. Started on first use
 * through the launcher, on a free port block, in a state directory under {@code target}; stopped
 * when JUnit finishes (root store) or, failing that, when the JVM exits.
 */
public final class AzoraTestServer implements ExtensionContext.Store.CloseableResource {

  public static final String DEMO_PASSWORD = LauncherConfig.DEFAULT_DEMO_PASSWORD;
  public static final String MAIL_FROM = "Azora Test <no-reply@azora.test>";
  private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

  private static AzoraTestServer instance;
  private static RuntimeException startFailure;

  private final AzoraServer server;
  private final GreenMail greenMail;
  private boolean closed;

  private AzoraTestServer(AzoraServer server, GreenMail greenMail) {
    this.server = server;
    this.greenMail = greenMail;
  }

  /** The running server, started on first call; a failed start fails every later call at once. */
  public static synchronized AzoraTestServer get() {
    if (startFailure != null) {
      throw new IllegalStateException("The Azora test server did not start", startFailure);
    }
    if (instance == null) {
      try {
        instance = start();
      } catch (IOException e) {
        startFailure = new UncheckedIOException(e);
        throw startFailure;
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
      AzoraTestServer started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "azora-test-server-stop"));
    }
    return instance;
  }

  private static AzoraTestServer start() throws IOException {
    Path stateDir = Path.of(System.getProperty("azora.e2e.state", "target/azora-e2e"));
    // An aborted earlier run may have left processes on this directory; then start from scratch.
    AzoraServer.stop(stateDir);
    deleteRecursively(stateDir);

    PortBase ports = PortBase.findFree(new SecureRandom());
    GreenMail greenMail = new GreenMail(new ServerSetup(ports.smtp(), "127.0.0.1", "smtp"));
    greenMail.start();
    LauncherConfig.Builder builder = LauncherConfig.builder();
    // Stripe is faked in-process; the server must know where before it starts.
    for (String[] property : FakeStripe.serverProperties()) {
      builder.jvmProp(property[0], property[1]);
    }
    LauncherConfig config =
        builder
            .stateDir(stateDir)
            .ports(ports)
            .embeddedDatabase(ports.embeddedDatabase())
            .smtp(new SmtpSettings("127.0.0.1", ports.smtp(), null, null, MAIL_FROM))
            .demo(true)
            .demoPassword(DEMO_PASSWORD)
            .ear(requiredFile("azora.ear"))
            .payaraZip(requiredFile("azora.payara.zip"))
            .build();
    try {
      return new AzoraTestServer(AzoraServer.start(config), greenMail);
    } catch (IOException | RuntimeException e) {
      greenMail.stop();
      throw e;
    }
  }

  private static Path requiredFile(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(
          "System property "
              + property
              + " must name an existing file (failsafe sets it; run mvn verify), not "
              + value);
    }
    return Path.of(value);
  }

  /**
   * Fault drills: {@code kill -9} of the Payara Server JVM mid-work, then the same server (same
   * database, ports and deployment) started again and ready, so later tests run as before. A failed
   * restart fails every later use of the server at once.
   */
  public synchronized void killAndRestart() {
    try {
      server.killPayaraAndRestart();
    } catch (IOException | RuntimeException e) {
      synchronized (AzoraTestServer.class) {
        startFailure = new IllegalStateException("The Azora test server did not come back", e);
      }
      throw new IllegalStateException("The Azora test server did not come back", e);
    }
  }

  /** The local URL without a trailing slash, such as {@code http://localhost:23480}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** A new connection to the server's database, for assertions; the caller closes it. */
  public Connection connection() throws SQLException {
    return server.openConnection();
  }

  /** The launcher's view of this server: ports, EAR, asadmin (for the cluster drill). */
  public AzoraServer launcher() {
    return server;
  }

  public Path serverLog() {
    return server.serverLog();
  }

  /**
   * Waits for a mail to {@code to} whose subject contains {@code subjectContains} and returns its
   * text (the plain part when there is one).
   */
  public String awaitMail(String to, String subjectContains) {
    Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : greenMail.getReceivedMessages()) {
        try {
          if (isFor(message, to) && message.getSubject().contains(subjectContains)) {
            return textOf(message);
          }
        } catch (MessagingException | IOException e) {
          throw new IllegalStateException("Unreadable mail in GreenMail", e);
        }
      }
      greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
    }
    throw new AssertionError(
        "No mail to "
            + to
            + " with a subject containing '"
            + subjectContains
            + "' within "
            + MAIL_TIMEOUT.toSeconds()
            + " s; received: "
            + subjects());
  }

  /** Forgets every received mail, so a test can wait for the next one. */
  public void purgeMail() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("Could not purge GreenMail", e);
    }
  }

  /** The test's way to the SMTP server the application sends through. */
  public GreenMail greenMail() {
    return greenMail;
  }

  private List<String> subjects() {
    return Arrays.stream(greenMail.getReceivedMessages())
        .map(
            m -> {
              try {
                return Arrays.toString(m.getAllRecipients()) + " " + m.getSubject();
              } catch (MessagingException e) {
                return "?";
              }
            })
        .toList();
  }

  private static boolean isFor(Message message, String to) throws MessagingException {
    Address[] recipients = message.getAllRecipients();
    return recipients != null
        && Arrays.stream(recipients)
            .anyMatch(a -> a.toString().toLowerCase().contains(to.toLowerCase()));
  }

  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/*")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      String fallback = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.isMimeType("text/plain")) {
          return child.getContent().toString();
        }
        if (fallback == null) {
          fallback = textOf(child);
        }
      }
      return fallback == null ? "" : fallback;
    }
    return "";
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.close();
    greenMail.stop();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
