package com.azora.batch.leaderboard;

import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.infrastructure.LeaderboardBuilder;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * One partition per board kind, and the course boards split into {@code courseShares} shares by
 * course id, so the biggest statements run side by side. Each partition gets the generation.
 */
@Dependent
@Named("leaderboardPartitionMapper")
public class LeaderboardPartitionMapper implements PartitionMapper {

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "courseShares")
  private String courseShares;

  @Inject
  @BatchProperty(name = "threads")
  private String threads;

  @Override
  public PartitionPlan mapPartitions() throws Exception {
    long generation = generation();
    int shares = Math.max(1, parse(courseShares, 2));
    List<Properties> parts = new ArrayList<>();
    for (Board b : Board.values()) {
      int n = b == Board.COURSE ? shares : 1;
      for (int i = 0; i < n; i++) {
        Properties p = new Properties();
        p.setProperty("generation", Long.toString(generation));
        p.setProperty("board", b.name());
        p.setProperty("share", Integer.toString(i));
        p.setProperty("shares", Integer.toString(n));
        parts.add(p);
      }
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(parts.size());
    plan.setThreads(Math.max(1, Math.min(parts.size(), parse(threads, 2))));
    plan.setPartitionProperties(parts.toArray(Properties[]::new));
    return plan;
  }

  private long generation() throws Exception {
    if (job.getTransientUserData() instanceof Long g) {
      return g;
    }
    try (Connection c = dataSource.getConnection()) {
      return LeaderboardBuilder.generationOf(c, job.getExecutionId())
          .orElseThrow(() -> new IllegalStateException("No leaderboard generation was opened"));
    }
  }

  static int parse(String value, int fallback) {
    try {
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
