package com.azora.batch.leaderboard;

import com.azora.leaderboard.infrastructure.LeaderboardBuilder;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens the run's generation. A scheduled run passes its quarter-hour slot; when that slot already
 * had a run (the timer fired twice, e.g. on two cluster nodes) the step ends with DUPLICATE and the
 * job stops there.
 */
@Dependent
@Named("leaderboardBeginBatchlet")
public class LeaderboardBeginBatchlet extends AbstractBatchlet {

  static final String DUPLICATE = "DUPLICATE";
  private static final Logger LOG = Logger.getLogger(LeaderboardBeginBatchlet.class.getName());

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "slot")
  private String slot;

  @Override
  public String process() throws SQLException {
    Instant s = slot == null || slot.isBlank() ? null : Instant.parse(slot);
    OptionalLong generation;
    try (Connection c = dataSource.getConnection()) {
      generation = LeaderboardBuilder.begin(c, s, job.getExecutionId(), Instant.now());
      if (generation.isPresent()) {
        LeaderboardBuilder.stage(c, generation.getAsLong());
      }
    }
    if (generation.isEmpty()) {
      LOG.info(() -> "leaderboard-recompute: slot " + slot + " already ran");
      return DUPLICATE;
    }
    job.setTransientUserData(generation.getAsLong());
    return "GENERATION " + generation.getAsLong();
  }
}
