package com.azora.batch.leaderboard;

import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.infrastructure.LeaderboardBuilder;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One partition: one INSERT … SELECT that ranks a board kind (or a share of course boards). */
@Dependent
@Named("leaderboardRankBatchlet")
public class LeaderboardRankBatchlet extends AbstractBatchlet {

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  @Inject private StepContext step;

  @Inject
  @BatchProperty(name = "generation")
  private String generation;

  @Inject
  @BatchProperty(name = "board")
  private String board;

  @Inject
  @BatchProperty(name = "share")
  private String share;

  @Inject
  @BatchProperty(name = "shares")
  private String shares;

  @Override
  public String process() throws SQLException {
    int rows;
    try (Connection c = dataSource.getConnection()) {
      rows =
          LeaderboardBuilder.rank(
              c,
              Long.parseLong(generation),
              Board.valueOf(board),
              Integer.parseInt(share),
              Integer.parseInt(shares));
    }
    step.setPersistentUserData(rows);
    return board + " " + share + "/" + shares + ": " + rows + " rows";
  }
}
