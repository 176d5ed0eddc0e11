package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Rewards through the real path without clicking through lessons: a learning event recorded as the
 * learning context records it (as if the server stopped before its observer ran), then the admin's
 * reward catch-up mints it with the current rules and daily cap.
 */
public final class RewardEvents {

  private RewardEvents() {}

  /**
   * Records an event {@code daysAgo} UTC days back on the course (the oldest course when null);
   * returns its id.
   */
  public static long insert(
      AzoraTestServer server,
      long user,
      Long course,
      String type,
      int daysAgo,
      BigDecimal scorePercent)
      throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into learning_event (type, user_id, course_id, event_key, score_percent,"
                    + " occurred_at) values (?, ?, coalesce(?, (select min(id) from course)), ?,"
                    + " ?, date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'"
                    + " - make_interval(days => ?) + interval '1 hour') returning id")) {
      ps.setString(1, type);
      ps.setLong(2, user);
      ps.setObject(3, course, java.sql.Types.BIGINT);
      ps.setString(4, "test:" + UUID.randomUUID());
      ps.setBigDecimal(5, scorePercent);
      ps.setInt(6, daysAgo);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Presses the admin's "run the catch-up now". */
  public static void catchUp(WebSession admin) {
    WebSession.Page page = admin.get("/admin/reward-rules.xhtml");
    WebSession.Page done = admin.submit(page, "catchUpForm", Map.of(), "catchUpForm:catchUp");
    assertTrue(done.body().contains("Catch-up settled"), done.body());
  }
}
