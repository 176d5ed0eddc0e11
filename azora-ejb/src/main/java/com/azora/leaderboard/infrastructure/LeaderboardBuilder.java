package com.azora.leaderboard.infrastructure;

import com.azora.leaderboard.domain.Board;
import com.azora.leaderboard.domain.Periods;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Builds leaderboards with set-based SQL on a caller's JDBC connection: {@link #begin} opens a
 * generation, {@link #stage} copies the rewards it counts into its points, {@link #rank} fills one
 * board kind (or one share of the course boards) with a single INSERT … SELECT, {@link #swap} moves
 * the pointer in one transaction and deletes what no reader can still use. Points are the AZR
 * rewards credited to a wallet, less reversals of rewards, up to the transaction the run started
 * at, so all boards of one generation agree.
 */
public final class LeaderboardBuilder {

  /**
   * Wallet credits by rewards (and debits by reversed rewards) up to the run's last transaction,
   * with the course they name, copied into the run's points.
   */
  private static final String STAGE =
      "insert into leaderboard_points (generation, user_id, course_id, amount, created_at)"
          + " select generation, user_id,"
          + " case when course ~ '^[0-9]{1,18}$' then course::bigint end, amount, created_at"
          // offset 0 keeps the subquery whole, so each row's metadata is parsed once; json, not
          // jsonb: reading one key needs no conversion of the whole document.
          + " from (select r.generation, a.owner_id as user_id, e.amount, t.created_at,"
          + " coalesce(t.metadata::json ->> 'courseId', o.metadata::json ->> 'courseId')"
          + " as course"
          + " from leaderboard_run r"
          + " join ledger_transaction t on t.id <= r.up_to_transaction"
          + " left join ledger_transaction o on o.id = t.reverses_id"
          + " join ledger_entry e on e.transaction_id = t.id"
          + " join ledger_account a on a.id = e.account_id"
          + " where r.generation = ? and a.kind = 'USER_WALLET' and a.currency = 'AZR'"
          + " and (t.type = 'REWARD' or (t.type = 'REVERSAL' and o.type = 'REWARD'))"
          + " offset 0) x";

  /** A run's points since a moment (the epoch for all-time boards). */
  private static final String EARNED =
      "select user_id, amount, created_at, course_id from leaderboard_points"
          + " where generation = ? and created_at >= ?";

  /**
   * Competition rank on points (1, 2, 2, 4); inside a tie, who reached the score first (their last
   * counted reward), then the lower user id, decides the display position.
   */
  private static final String RANKED =
      "insert into leaderboard_entry"
          + " (generation, board, scope_id, position, rank, user_id, points, reached_at)"
          + " select ?, ?, scope_id,"
          + " row_number() over (partition by scope_id order by points desc, reached_at, user_id),"
          + " rank() over (partition by scope_id order by points desc),"
          + " user_id, points, reached_at from (%s) totals";

  /**
   * Memory per sort, hash join and aggregate of the staging and ranking statements. PostgreSQL's
   * default (4 MB) sends a million learners' sorts and hash joins to disk; the job runs at most its
   * partition threads (2 by default) of these at once.
   */
  static final String WORK_MEM = "256MB";

  private static final Timestamp EPOCH = Timestamp.from(Instant.EPOCH);

  private LeaderboardBuilder() {}

  /**
   * Opens a generation for a run; a scheduled run names its slot and gets nothing when that slot
   * already had a run (the timer fired twice).
   */
  public static OptionalLong begin(Connection c, Instant slot, Long jobExecutionId, Instant now)
      throws SQLException {
    Periods p = Periods.of(now);
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into leaderboard_run (generation, slot, job_execution_id, week_start,"
                + " month_start, up_to_transaction)"
                + " select nextval('leaderboard_generation_seq'), ?, ?, ?, ?,"
                + " coalesce((select max(id) from ledger_transaction), 0)"
                + " on conflict (slot) do nothing returning generation")) {
      ps.setTimestamp(1, slot == null ? null : Timestamp.from(slot));
      ps.setObject(2, jobExecutionId, java.sql.Types.BIGINT);
      ps.setTimestamp(3, Timestamp.from(p.weekStart()));
      ps.setTimestamp(4, Timestamp.from(p.monthStart()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** The generation a job execution opened, if any. */
  public static OptionalLong generationOf(Connection c, long jobExecutionId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select generation from leaderboard_run where job_execution_id = ?"
                + " order by generation desc limit 1")) {
      ps.setLong(1, jobExecutionId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /**
   * Copies the rewards a generation counts into its points, once for all its boards; returns the
   * rows copied.
   */
  public static int stage(Connection c, long generation) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(STAGE)) {
      ps.setLong(1, generation);
      return withWorkMem(c, ps::executeUpdate);
    }
  }

  /** A statement of this builder that may throw SQLException. */
  @FunctionalInterface
  private interface Work {
    int run() throws SQLException;
  }

  /**
   * Runs one of the run's big statements with {@link #WORK_MEM} for its joins, aggregates and
   * sorts, then gives the pooled connection its default back.
   */
  private static int withWorkMem(Connection c, Work work) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("set work_mem = '" + WORK_MEM + "'");
      try {
        return work.run();
      } finally {
        st.execute("reset work_mem");
      }
    }
  }

  /**
   * Writes one board kind of a generation in one statement; for course boards only the courses
   * whose id modulo {@code shares} is {@code share}. Returns the rows written.
   */
  public static int rank(Connection c, long generation, Board board, int share, int shares)
      throws SQLException {
    if (shares < 1 || share < 0 || share >= shares) {
      throw new IllegalArgumentException("share " + share + " of " + shares);
    }
    Timestamp since = EPOCH;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select week_start, month_start from leaderboard_run" + " where generation = ?")) {
      ps.setLong(1, generation);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No leaderboard run " + generation);
        }
        if (board == Board.WEEKLY) {
          since = rs.getTimestamp(1);
        } else if (board == Board.MONTHLY) {
          since = rs.getTimestamp(2);
        }
      }
    }
    String totals =
        switch (board) {
          case GLOBAL, WEEKLY, MONTHLY ->
              "select 0::bigint as scope_id, user_id, sum(amount) as points,"
                  + " max(created_at) as reached_at from ("
                  + EARNED
                  + ") x group by user_id having sum(amount) > 0";
          case COURSE ->
              "select course_id as scope_id, user_id, sum(amount) as points,"
                  + " max(created_at) as reached_at from ("
                  + EARNED
                  + ") x where mod(course_id, ?) = ?"
                  + " group by 1, user_id having sum(amount) > 0";
          case ORG ->
              "select m.organisation_id as scope_id, x.user_id, sum(x.amount) as points,"
                  + " max(x.created_at) as reached_at from ("
                  + EARNED
                  + ") x join organisation_member m on m.user_id = x.user_id"
                  + " group by 1, x.user_id having sum(x.amount) > 0";
        };
    try (PreparedStatement ps = c.prepareStatement(String.format(RANKED, totals))) {
      int i = 1;
      ps.setLong(i++, generation);
      ps.setString(i++, board.name());
      ps.setLong(i++, generation);
      ps.setTimestamp(i++, since);
      if (board == Board.COURSE) {
        ps.setInt(i++, shares);
        ps.setInt(i, share);
      }
      return withWorkMem(c, ps::executeUpdate);
    }
  }

  /**
   * Makes a generation the one readers see, in one transaction under an advisory lock, unless a
   * newer one is already current (then this run is marked superseded); afterwards deletes the rows
   * of generations older than the one just replaced. Returns whether the swap happened.
   */
  public static boolean swap(Connection c, long generation) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    boolean swapped;
    try {
      try (PreparedStatement lock =
          c.prepareStatement("select pg_advisory_xact_lock(hashtext('leaderboard-swap'))")) {
        lock.execute();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "update leaderboard_pointer set previous = generation, generation = ?,"
                  + " swapped_at = now() where id = 1"
                  + " and (generation is null or generation < ?)")) {
        ps.setLong(1, generation);
        ps.setLong(2, generation);
        swapped = ps.executeUpdate() == 1;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "update leaderboard_run set status = ?, finished_at = now() where generation = ?")) {
        ps.setString(1, swapped ? "SWAPPED" : "SUPERSEDED");
        ps.setLong(2, generation);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "delete from leaderboard_entry where generation <"
                + " (select coalesce(previous, generation) from leaderboard_pointer where id = 1)")) {
      ps.executeUpdate();
    }
    // Points serve only runs still ranking: those newer than the current generation.
    try (PreparedStatement ps =
        c.prepareStatement(
            "delete from leaderboard_points where generation <="
                + " (select generation from leaderboard_pointer where id = 1)")) {
      ps.executeUpdate();
    }
    return swapped;
  }
}
