package com.azora.batch.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * This life's beat in {@code node_heartbeat}, on the database clock. Commits at once (no JTA
 * transaction) so a beat is never held back by other work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Heartbeats {

  @Resource(lookup = "jdbc/azora")
  private DataSource db;

  public void beat() {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into node_heartbeat (node, instance, started_at, beat_at)"
                    + " values (?, ?, now(), now())"
                    + " on conflict (node) do update set beat_at = now()")) {
      ps.setString(1, NodeLife.id());
      ps.setString(2, NodeLife.instance());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("node_heartbeat: " + e.getMessage(), e);
    }
  }
}
