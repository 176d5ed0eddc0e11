package com.azora.ledger.application;

import com.azora.ledger.infrastructure.ChainSealing;
import com.azora.ledger.infrastructure.LedgerInvariants;
import com.azora.platform.mail.AdminAlerts;
import com.azora.platform.security.CurrentUser;
import com.azora.platform.security.Permissions;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Runs the invariant checker and the chain verification over the whole ledger, records each run,
 * and tells admins by mail when a nightly run fails. Reads outside a container transaction so a
 * long verification holds no locks and streams its rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerAuditService {

  /** A recorded run. */
  public record AuditRun(
      long id, Instant startedAt, Instant finishedAt, boolean passed, String report) {}

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private AdminAlerts alerts;
  @EJB private ChainSealing sealing;

  /** Runs every check now, as the calling admin. */
  @RequiresPermissions(Permissions.LEDGER_AUDIT)
  public AuditRun runNow() {
    return run(CurrentUser.id());
  }

  /** The latest runs, newest first. */
  @RequiresPermissions(Permissions.LEDGER_AUDIT)
  public List<AuditRun> recent(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, started_at, finished_at, passed, report from ledger_audit_run"
                    + " order by started_at desc, id desc limit ?")) {
      s.setInt(1, Math.max(1, Math.min(limit, 100)));
      List<AuditRun> runs = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          runs.add(
              new AuditRun(
                  r.getLong(1),
                  r.getTimestamp(2).toInstant(),
                  r.getTimestamp(3).toInstant(),
                  r.getBoolean(4),
                  r.getString(5)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading ledger audit runs failed", e);
    }
  }

  /**
   * The nightly run (no caller): records the result and, when a check fails, mails every active
   * admin through the outbox.
   */
  @com.azora.platform.security.Anonymous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AuditRun runScheduled() {
    AuditRun run = run(null);
    if (!run.passed()) {
      alertAdmins(run);
    }
    return run;
  }

  private AuditRun run(Long actorId) {
    Instant started = Instant.now(clock);
    // Verify what was committed up to now, not only what the sealer has reached.
    sealing.sealAll();
    try (Connection c = dataSource.getConnection()) {
      LedgerInvariants.Report report = LedgerInvariants.check(c);
      Instant finished = Instant.now(clock);
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into ledger_audit_run (started_at, finished_at, actor_id, passed, report)"
                  + " values (?, ?, ?, ?, ?) returning id")) {
        s.setTimestamp(1, Timestamp.from(started));
        s.setTimestamp(2, Timestamp.from(finished));
        s.setObject(3, actorId);
        s.setBoolean(4, report.passed());
        s.setString(5, report.summary());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return new AuditRun(r.getLong(1), started, finished, report.passed(), report.summary());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The ledger audit could not run", e);
    }
  }

  private void alertAdmins(AuditRun run) {
    alerts.alert(
        "Ledger audit failed",
        "The ledger audit run "
            + run.id()
            + " found a violation. Open Admin → Ledger audit for details.\n\n"
            + run.report(),
        "LEDGER_AUDIT_FAILED");
  }
}
