package com.azora.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Client side of the suite: starts PostgreSQL, writes the Micro postboot file that creates {@code
 * jdbc/azora} on its port, and builds the WAR. Called from the {@code @Deployment} method, which
 * Arquillian runs before it launches Micro; never loaded inside the container.
 */
final class MicroDeployment {

  private static EmbeddedPostgres postgres;

  private MicroDeployment() {}

  static WebArchive war() {
    Path itDir = Path.of(required("azora.it.dir"));
    File classes = new File(required("azora.it.classes"));
    // Both JVMs put temp files here (see the pom and arquillian.xml); start each run empty.
    Path tmp = itDir.resolve("tmp");
    deleteRecursively(tmp);
    createDirectories(tmp);
    int port = startPostgres(itDir);
    writePostboot(itDir.resolve("postboot.asadmin"), port);

    // The libraries azora-ejb runs with (Shiro, Flyway, zxcvbn, ...); the EAR has them in lib/.
    File[] libs =
        Maven.configureResolver()
            .workOffline()
            .loadPomFromFile(required("azora.it.pom"))
            .importCompileAndRuntimeDependencies()
            .resolve()
            .withTransitivity()
            .asFile();
    JavaArchive main =
        ShrinkWrap.create(ExplodedImporter.class, "azora-ejb.jar")
            .importDirectory(classes)
            .as(JavaArchive.class);
    WebArchive war = ShrinkWrap.create(WebArchive.class, "azora-it.war").addAsLibraries(libs);
    // In a WAR, ejb-jar.xml (the authorization interceptor) is only read from WEB-INF/.
    war.merge(main, "/WEB-INF/classes", Filters.exclude("/META-INF/(ejb-jar|beans)\\.xml"));
    war.addAsWebInfResource(new File(classes, "META-INF/ejb-jar.xml"), "ejb-jar.xml");
    war.addAsWebInfResource(new File(classes, "META-INF/beans.xml"), "beans.xml");
    war.addClasses(IdentityServicesIT.class, RoleRealm.class);
    return war;
  }

  private static synchronized int startPostgres(Path itDir) {
    if (postgres == null) {
      try {
        // Stopped by zonky's own shutdown hook when the test JVM exits, after Micro is gone.
        postgres =
            EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(itDir.resolve("tmp").toFile())
                .setDataDirectory(itDir.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start", e);
      }
    }
    return postgres.getPort();
  }

  private static void writePostboot(Path file, int port) {
    // zonky trusts local connections, but Payara's pool refuses to connect without a password.
    String commands =
        "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
            + " --restype javax.sql.DataSource --property user=postgres:password=postgres"
            + ":serverName=localhost"
            + ":portNumber="
            + port
            + ":databaseName=postgres azoraPool\n"
            + "create-jdbc-resource --connectionpoolid azoraPool jdbc/azora\n";
    try {
      Files.writeString(file, commands);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set; run the suite through failsafe");
    }
    return value;
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
