package com.azora.batch.leaderboard;

import com.azora.leaderboard.infrastructure.LeaderboardBuilder;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Runs after every partition finished: moves the pointer to the new generation in one transaction
 * (readers switch from one whole set of boards to the next), then deletes old generations.
 */
@Dependent
@Named("leaderboardSwapBatchlet")
public class LeaderboardSwapBatchlet extends AbstractBatchlet {

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private JobContext job;

  @Override
  public String process() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      long generation =
          job.getTransientUserData() instanceof Long g
              ? g
              : LeaderboardBuilder.generationOf(c, job.getExecutionId())
                  .orElseThrow(() -> new IllegalStateException("No leaderboard generation"));
      boolean swapped = LeaderboardBuilder.swap(c, generation);
      return (swapped ? "SWAPPED " : "SUPERSEDED ") + generation;
    }
  }
}
