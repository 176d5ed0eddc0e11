package com.azora.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when PostgreSQL answers and Flyway has recorded at least one successful migration. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                // The latest by rank: max(version) compares text ("9" > "24").
                "select max(version) from flyway_schema_history where installed_rank = (select"
                    + " max(installed_rank) from flyway_schema_history where success and version"
                    + " is not null)")) {
      rs.next();
      return HealthCheckResponse.named("database")
          .status(rs.getString(1) != null)
          .withData("schemaVersion", String.valueOf(rs.getString(1)))
          .build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
