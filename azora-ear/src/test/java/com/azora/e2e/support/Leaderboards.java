package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leaderboards for tests: runs the recompute job through the admin's button and waits for its
 * generation, reads a generation's boards, and computes the reference boards independently from raw
 * ledger rows (summing and ranking in Java).
 */
public final class Leaderboards {

  /** One ranked line as the test compares it. */
  public record Entry(int position, int rank, long user, BigDecimal points) {}

  /** The generation readers see and the last ledger transaction it counts. */
  public record Generation(long id, long upTo, Instant weekStart, Instant monthStart) {}

  private record Credit(long user, BigDecimal amount, Timestamp at, String course) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private Leaderboards() {}

  /**
   * Presses "Recompute now" until a swapped generation counts ledger transaction {@code txId}; a
   * run already going (the quarter-hourly timer) is waited for, and pressed again if it started too
   * early.
   */
  public static Generation recomputeCovering(AzoraTestServer server, WebSession admin, long txId)
      throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    Long pressed = null;
    while (Instant.now().isBefore(deadline)) {
      Generation g = current(server);
      if (g != null && g.upTo() >= txId) {
        return g;
      }
      // Press again only once the job this test started has finished (it may have begun before
      // the rewards committed), and never while another run is going.
      if ((pressed == null || finished(server, pressed)) && !running(server)) {
        WebSession.Page page = admin.get("/admin/leaderboards.xhtml");
        WebSession.Page done = admin.submit(page, "recompute", Map.of(), "recompute:now");
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("job execution (\\d+)").matcher(done.body());
        if (m.find()) {
          pressed = Long.parseLong(m.group(1));
        } else {
          assertTrue(done.body().contains("running already"), done.body());
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No leaderboard generation covered transaction " + txId);
  }

  /** Whether the run of a job execution has swapped or been superseded. */
  private static boolean finished(AzoraTestServer server, long jobExecution) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select 1 from leaderboard_run where job_execution_id = ?"
                    + " and status <> 'RUNNING'")) {
      ps.setLong(1, jobExecution);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public static Generation current(AzoraTestServer server) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select r.generation, r.up_to_transaction, r.week_start, r.month_start"
                    + " from leaderboard_pointer p join leaderboard_run r"
                    + " on r.generation = p.generation and r.status = 'SWAPPED'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next()
          ? new Generation(
              rs.getLong(1),
              rs.getLong(2),
              rs.getTimestamp(3).toInstant(),
              rs.getTimestamp(4).toInstant())
          : null;
    }
  }

  private static boolean running(AzoraTestServer server) throws SQLException {
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select 1 from leaderboard_run where status = 'RUNNING'"
                    + " and started_at > now() - interval '10 minutes'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** Every board of a generation, keyed "BOARD:scope". */
  public static Map<String, List<Entry>> boards(AzoraTestServer server, long generation)
      throws SQLException {
    Map<String, List<Entry>> out = new TreeMap<>();
    try (Connection c = server.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select board, scope_id, position, rank, user_id, points from leaderboard_entry"
                    + " where generation = ? order by board, scope_id, position")) {
      ps.setLong(1, generation);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1) + ":" + rs.getLong(2), k -> new ArrayList<>())
              .add(
                  new Entry(
                      rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getBigDecimal(6).setScale(2)));
        }
      }
    }
    return out;
  }

  /**
   * The boards as the rules define them, from the ledger's raw rows: AZR credited to wallets by
   * REWARD transactions less reversals of them, up to the generation's last transaction; weekly
   * since this ISO week's Monday and monthly since the first (UTC); courses by the reward's
   * courseId; organisations by membership. Competition rank on points; ties ordered by the time of
   * the last counted reward, then user id.
   */
  public static Map<String, List<Entry>> reference(AzoraTestServer server, Generation g)
      throws SQLException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Instant week =
        today
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    Instant month = today.withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    assertEquals(week, g.weekStart(), "the weekly board covers this ISO week");
    assertEquals(month, g.monthStart(), "the monthly board covers this month");
    List<Credit> credits = new ArrayList<>();
    Map<Long, List<Long>> orgsOf = new HashMap<>();
    try (Connection c = server.connection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "select a.owner_id, e.amount, t.created_at, t.type, t.metadata, o.type, o.metadata"
                  + " from ledger_entry e join ledger_account a on a.id = e.account_id"
                  + " join ledger_transaction t on t.id = e.transaction_id"
                  + " left join ledger_transaction o on o.id = t.reverses_id"
                  + " where a.kind = 'USER_WALLET' and a.currency = 'AZR' and t.id <= ?")) {
        ps.setLong(1, g.upTo());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            boolean reward = "REWARD".equals(rs.getString(4));
            boolean reversal =
                "REVERSAL".equals(rs.getString(4)) && "REWARD".equals(rs.getString(6));
            if (reward || reversal) {
              String course = courseOf(rs.getString(5));
              credits.add(
                  new Credit(
                      rs.getLong(1),
                      rs.getBigDecimal(2),
                      rs.getTimestamp(3),
                      course != null ? course : courseOf(rs.getString(7))));
            }
          }
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("select user_id, organisation_id from organisation_member");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orgsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
      }
    }
    Map<String, Map<Long, Total>> totals = new TreeMap<>();
    for (Credit cr : credits) {
      add(totals, "GLOBAL:0", cr);
      if (!cr.at().toInstant().isBefore(week)) {
        add(totals, "WEEKLY:0", cr);
      }
      if (!cr.at().toInstant().isBefore(month)) {
        add(totals, "MONTHLY:0", cr);
      }
      if (cr.course() != null) {
        add(totals, "COURSE:" + cr.course(), cr);
      }
      for (long org : orgsOf.getOrDefault(cr.user(), List.of())) {
        add(totals, "ORG:" + org, cr);
      }
    }
    Map<String, List<Entry>> out = new TreeMap<>();
    totals.forEach(
        (board, byUser) -> {
          List<Entry> ranked = rank(byUser);
          if (!ranked.isEmpty()) {
            out.put(board, ranked);
          }
        });
    return out;
  }

  private static final class Total {
    private final long user;
    private BigDecimal points = BigDecimal.ZERO;
    private Timestamp reached;

    private Total(long user) {
      this.user = user;
    }
  }

  private static void add(Map<String, Map<Long, Total>> totals, String board, Credit cr) {
    Total t =
        totals.computeIfAbsent(board, k -> new HashMap<>()).computeIfAbsent(cr.user(), Total::new);
    t.points = t.points.add(cr.amount());
    if (t.reached == null || cr.at().after(t.reached)) {
      t.reached = cr.at();
    }
  }

  /** Standard competition ranking written out plainly: the rank is 1 + how many have more. */
  private static List<Entry> rank(Map<Long, Total> byUser) {
    List<Total> sorted =
        new ArrayList<>(byUser.values().stream().filter(t -> t.points.signum() > 0).toList());
    sorted.sort(
        Comparator.comparing((Total t) -> t.points)
            .reversed()
            .thenComparing(t -> t.reached)
            .thenComparingLong(t -> t.user));
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Total t = sorted.get(i);
      int higher = 0;
      for (Total other : sorted) {
        if (other.points.compareTo(t.points) > 0) {
          higher++;
        }
      }
      out.add(new Entry(i + 1, higher + 1, t.user, t.points.setScale(2)));
    }
    return out;
  }

  private static String courseOf(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      return null;
    }
    try (jakarta.json.JsonReader r =
        jakarta.json.Json.createReader(new java.io.StringReader(metadata))) {
      jakarta.json.JsonObject o = r.readObject();
      if (!o.containsKey("courseId")) {
        return null;
      }
      jakarta.json.JsonValue v = o.get("courseId");
      return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }
  }
}
