package com.azora.batch.maintenance;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes what can no longer be used: expired or used one-time tokens, refresh tokens dead for 30
 * days, sessions ended 90 days ago, and login counters quiet for a day. Set-based SQL: one
 * statement per table, no rows pulled into Java.
 */
@Dependent
@Named("identityCleanupBatchlet")
public class IdentityCleanupBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(IdentityCleanupBatchlet.class.getName());

  static final String[] STATEMENTS = {
    "delete from one_time_token where expires_at < now() - interval '1 day'"
        + " or used_at < now() - interval '1 day'",
    "delete from refresh_token where expires_at < now() - interval '30 days'"
        + " or revoked_at < now() - interval '30 days' or rotated_at < now() - interval '30 days'",
    "delete from user_session where ended_at < now() - interval '90 days'",
    "delete from login_throttle where last_failure_at < now() - interval '1 day'"
        + " and (locked_until is null or locked_until < now())"
  };

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private StepContext step;

  @Override
  public String process() throws SQLException {
    int total = 0;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : STATEMENTS) {
        total += s.executeUpdate(sql);
      }
    }
    step.setExitStatus("DELETED " + total);
    int deleted = total;
    LOG.info(() -> "identity-cleanup deleted " + deleted + " rows");
    return "COMPLETED";
  }
}
