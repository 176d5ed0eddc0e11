package com.azora.bench;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.LedgerInvariants;
import com.azora.payment.domain.RevenueSplit;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Earnings settlement over many sales (issue 5, targets ≥ 5,000 items/s, under 4 minutes for
 * 1,000,000 items, and within 2× of one set-based SQL statement doing the same work: the ledger
 * moves, settlements and settlement items, rolled back). Seeds what paid sales leave behind:
 * published courses, paid orders past their refund window, and each sale's COURSE_SALE transaction
 * (clearing to platform revenue and the instructor's pending balance), sealed into the hash chain;
 * then times that statement and, for reference, the read-only sum in SQL, runs the real job through
 * the admin API ({@code POST /api/admin/settlements/runs}) and polls its run row, compares the
 * settled totals with the SQL sum per instructor, and runs the ledger's invariant checker.
 */
final class SettlementBench {

  static final String START = "<!-- bench:settlement:start -->";
  static final String END = "<!-- bench:settlement:end -->";
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);
  private static final LedgerCurrency CURRENCY = LedgerCurrency.USD;
  private static final BigDecimal SHARE_PERCENT = BigDecimal.valueOf(70);

  private SettlementBench() {}

  /** What the run measured. */
  private record Result(
      long items,
      int instructors,
      int itemCount,
      double seedSeconds,
      double sqlSeconds,
      double sqlWriteSeconds,
      String status,
      double jobSeconds,
      double wallSeconds,
      String totals,
      LedgerInvariants.Report books,
      String loadBefore,
      String loadAfter,
      List<String> statements) {}

  static void run(Map<String, String> env) throws Exception {
    int sales = Bench.intSetting(env, "BENCH_SETTLE_ITEMS", 1_000_000);
    int instructors = Bench.intSetting(env, "BENCH_SETTLE_INSTRUCTORS", 1_000);
    int buyers = Bench.intSetting(env, "BENCH_SETTLE_BUYERS", 10_000);
    int itemCount = Bench.intSetting(env, "BENCH_SETTLE_ITEM_COUNT", 10_000);
    Session.run(
        env,
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        s -> {
          LocalDate businessDate = LocalDate.now(ZoneOffset.UTC);
          String token;
          double seedSeconds;
          double sqlSeconds;
          double sqlWriteSeconds;
          Map<Long, BigDecimal> expected;
          // Every eligible item, also any a previous interrupted run left in this state directory.
          long[] eligible = new long[1];
          try (Connection c = s.server().openConnection()) {
            requireSuperuser(c);
            String hash = Accounts.registeredHash(s.http(), s.base(), c, s.tag());
            token = Accounts.admin(s.http(), s.base(), c, hash, "bench-settle-admin-" + s.tag());
            Bench.say(
                String.format(
                    Locale.ROOT,
                    "Seeding %,d paid sales of %,d instructors' courses",
                    sales,
                    instructors));
            long t0 = System.nanoTime();
            seed(c, s.tag(), hash, sales, instructors, buyers);
            seedSeconds = (System.nanoTime() - t0) / 1e9;
            Bench.say(
                String.format(Locale.ROOT, "Seeded in %.1f s; the same sum in SQL", seedSeconds));
            long t1 = System.nanoTime();
            expected = sqlSum(c, businessDate, eligible);
            sqlSeconds = (System.nanoTime() - t1) / 1e9;
            Bench.say(
                String.format(
                    Locale.ROOT,
                    "SQL: %,d items of %,d instructors summed in %.2f s",
                    eligible[0],
                    expected.size(),
                    sqlSeconds));
            sqlWriteSeconds = sqlWrite(c, businessDate, eligible[0]);
            Bench.say(
                String.format(
                    Locale.ROOT,
                    "SQL: the same settlement written set-based in %.2f s (rolled back)",
                    sqlWriteSeconds));
          }
          try (Connection c = s.server().openConnection()) {
            // Where the job's database time goes: its statements alone, per chunk.
            Accounts.exec(c, "create extension if not exists pg_stat_statements");
            Accounts.exec(c, "select pg_stat_statements_reset()");
          }
          Bench.say("Settling (POST /api/admin/settlements/runs, itemCount " + itemCount + ")");
          Instant asked = Instant.now();
          // Access tokens last 10 minutes and a million-row seed can take longer: log in again.
          token =
              Accounts.login(
                  s.http(), s.base(), "bench-settle-admin-" + s.tag() + "@bench.azora.local");
          long execution =
              s.startJob(
                  token,
                  "/api/admin/settlements/runs",
                  "{\"businessDate\":\"" + businessDate + "\",\"itemCount\":" + itemCount + "}",
                  "executionId");
          Result r;
          try (Connection c = s.server().openConnection()) {
            Object[] run = await(c, execution);
            double wall = Duration.between(asked, (Instant) run[2]).toMillis() / 1000.0;
            String loadAfter = Bench.loadAverage();
            List<String> statements =
                Report.topStatements(c, Math.max(1, (eligible[0] + itemCount - 1) / itemCount), 8);
            String totals = compare(c, businessDate, expected);
            Bench.say("Checking the books (LedgerInvariants)");
            LedgerInvariants.Report books = LedgerInvariants.check(c);
            r =
                new Result(
                    eligible[0],
                    instructors,
                    itemCount,
                    seedSeconds,
                    sqlSeconds,
                    sqlWriteSeconds,
                    (String) run[0],
                    (Double) run[1],
                    wall,
                    totals,
                    books,
                    s.loadBefore(),
                    loadAfter,
                    statements);
          }
          Bench.say(
              String.format(
                  Locale.ROOT,
                  "Job %d: %s in %.1f s (%.0f items/s), SQL writes %.2f s, ratio %.2f×"
                      + " (read-only sum %.2f s); %s; books %s",
                  execution,
                  r.status(),
                  r.jobSeconds(),
                  r.items() / r.jobSeconds(),
                  r.sqlWriteSeconds(),
                  r.jobSeconds() / r.sqlWriteSeconds(),
                  r.sqlSeconds(),
                  r.totals(),
                  r.books().passed() ? "balanced" : "NOT balanced:\n" + r.books().summary()));
          write(s.report(), r);
          Bench.say("Results written to " + s.report().toAbsolutePath());
        });
  }

  /** The seed skips row triggers, which only a superuser may do. */
  private static void requireSuperuser(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
      if (!r.next() || !r.getBoolean(1)) {
        throw new IllegalStateException("the bench needs the database superuser to seed");
      }
    }
  }

  private static void seed(
      Connection c, String tag, String hash, int sales, int instructors, int buyers)
      throws Exception {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("set local session_replication_role = replica");
      s.execute(
          "insert into app_user (email, display_name, password_hash, email_verified_at)"
              + " select 'settle-"
              + tag
              + "-i' || n || '@bench.azora.local', 'Instructor ' || n, '"
              + hash
              + "', now() from generate_series(1, "
              + instructors
              + ") n");
      s.execute(
          "insert into app_user (email, display_name, password_hash, email_verified_at)"
              + " select 'settle-"
              + tag
              + "-b' || n || '@bench.azora.local', 'Buyer ' || n, '"
              + hash
              + "', now() from generate_series(1, "
              + buyers
              + ") n");
      s.execute(
          "insert into user_role (user_id, role) select id, 'EDUCATOR' from app_user"
              + " where email like 'settle-"
              + tag
              + "-i%'");
      s.execute(
          "insert into course (slug, title, category, price, currency, status, created_by,"
              + " submitted_at, published_at) select 'settle-"
              + tag
              + "-' || u.id, 'Settlement bench course ' || u.id, 'Bench', 49.99, 'USD',"
              + " 'PUBLISHED', u.id, now() - interval '90 days', now() - interval '90 days'"
              + " from app_user u where u.email like 'settle-"
              + tag
              + "-i%'");
      s.execute(
          "insert into course_instructor (course_id, user_id) select id, created_by from course"
              + " where slug like 'settle-"
              + tag
              + "-%'");
      // Sales spread over the instructors and buyers, paid 20 to 50 days ago (outside the
      // refund window), 9.99 to 58.99 USD.
      s.execute(
          "with c as (select id, created_by, row_number() over (order by id) - 1 as k from course"
              + " where slug like 'settle-"
              + tag
              + "-%'), b as (select id, row_number() over (order by id) - 1 as k from app_user"
              + " where email like 'settle-"
              + tag
              + "-b%')"
              + " insert into purchase_order (reference, user_id, course_id, list_price, amount,"
              + " currency, provider, provider_ref, status, created_at, paid_at)"
              + " select 'AZO-' || upper('"
              + tag
              + "') || lpad(n::text, 7, '0'), b.id, c.id, 9.99 + n % 50, 9.99 + n % 50, 'USD',"
              + " 'offline', 'bench-"
              + tag
              + "-' || n, 'PAID', now() - interval '50 days' + n * interval '2 ms',"
              + " now() - interval '50 days' + n * interval '2 ms' + interval '1 minute'"
              + " from generate_series(1, "
              + sales
              + ") n join c on c.k = (n::bigint * 7919) % "
              + instructors
              + " join b on b.k = n % "
              + buyers);
    }
    book(c, tag, sales);
    c.commit();
    c.setAutoCommit(true);
    Accounts.exec(c, "vacuum analyze");
  }

  /** Each sale's COURSE_SALE posting, as Fulfilment books it, sealed into the chain. */
  private static void book(Connection c, String tag, int sales) throws Exception {
    LedgerSeed ledger = new LedgerSeed(c, sales);
    ledger.open(
        List.of(
            AccountRef.system(AccountKind.PROVIDER_CLEARING, CURRENCY),
            AccountRef.system(AccountKind.PLATFORM_REVENUE, CURRENCY)));
    try (PreparedStatement ps =
        c.prepareStatement(
            "select o.id, o.reference, o.user_id, o.course_id, o.amount, o.paid_at, c.created_by"
                + " from purchase_order o join course c on c.id = o.course_id"
                + " where o.reference like ? order by o.id")) {
      ps.setString(1, "AZO-" + tag.toUpperCase(Locale.ROOT) + "%");
      ps.setFetchSize(10_000);
      List<Object[]> rows = new java.util.ArrayList<>(sales);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Object[] {
                r.getLong(1),
                r.getString(2),
                r.getLong(3),
                r.getLong(4),
                r.getBigDecimal(5),
                r.getTimestamp(6).toInstant(),
                r.getLong(7)
              });
        }
      }
      Map<Long, Boolean> opened = new HashMap<>();
      for (Object[] o : rows) {
        long instructor = (Long) o[6];
        if (opened.putIfAbsent(instructor, true) == null) {
          ledger.open(
              List.of(AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, instructor, CURRENCY)));
        }
        BigDecimal amount = (BigDecimal) o[4];
        RevenueSplit split =
            RevenueSplit.of(amount, CURRENCY, SHARE_PERCENT, List.of(instructor), instructor);
        Posting.Builder p =
            Posting.builder("COURSE_SALE", "order:" + o[0] + ":paid", "Sale of " + o[1])
                .actor((Long) o[2])
                .meta("orderId", o[0])
                .meta("orderReference", o[1])
                .meta("courseId", o[3])
                .meta("instructorId", instructor)
                .meta("instructorIds", String.valueOf(instructor))
                .entry(AccountRef.system(AccountKind.PROVIDER_CLEARING, CURRENCY), amount.negate())
                .entry(AccountRef.system(AccountKind.PLATFORM_REVENUE, CURRENCY), split.platform());
        split
            .instructors()
            .forEach(
                (id, part) ->
                    p.entry(AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, id, CURRENCY), part));
        ledger.post(p.build(), (Instant) o[5]);
      }
    }
    ledger.finish();
  }

  /**
   * The job's work as one set-based statement: per instructor, the sum of the pending shares of the
   * sales the business date settles.
   */
  private static Map<Long, BigDecimal> sqlSum(Connection c, LocalDate businessDate, long[] items)
      throws SQLException {
    Map<Long, BigDecimal> sums = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select a.owner_id, sum(e.amount), count(*) from purchase_order o"
                + " join ledger_transaction t on t.idempotency_key = 'order:' || o.id || ':paid'"
                + " join ledger_entry e on e.transaction_id = t.id"
                + " join ledger_account a on a.id = e.account_id and a.kind = 'INSTRUCTOR_PENDING'"
                + " where o.paid_at < ? and o.status in ('PAID', 'PARTIALLY_REFUNDED')"
                + " and o.refunded_amount = 0"
                + " and not exists (select 1 from settlement_item i where i.order_id = o.id"
                + " and i.kind = 'SALE') group by a.owner_id")) {
      ps.setTimestamp(
          1,
          java.sql.Timestamp.from(
              com.azora.settlement.domain.SettlementRules.cutoff(businessDate, 14)));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          sums.put(r.getLong(1), r.getBigDecimal(2));
          items[0] += r.getLong(3);
        }
      }
    }
    return sums;
  }

  /**
   * The job's writes as one set-based statement, timed and rolled back: per instructor a ledger
   * move from pending to available (one transaction, its entries and both balances), a settlement
   * row, and a settlement item per sale; the balance check runs at the statement's end. A yardstick
   * for the job, which does the same per chunk with its checkpoints and commits.
   */
  private static double sqlWrite(Connection c, LocalDate businessDate, long items)
      throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement ps =
            c.prepareStatement(
                "with s as (select o.id as order_id, a.owner_id as instructor_id, e.amount,"
                    + " a.id as pending from purchase_order o"
                    + " join ledger_transaction t on t.idempotency_key = 'order:' || o.id || ':paid'"
                    + " join ledger_entry e on e.transaction_id = t.id"
                    + " join ledger_account a on a.id = e.account_id and a.kind = 'INSTRUCTOR_PENDING'"
                    + " where o.paid_at < ? and o.status in ('PAID', 'PARTIALLY_REFUNDED')"
                    + " and o.refunded_amount = 0 and not exists (select 1 from settlement_item i"
                    + " where i.order_id = o.id and i.kind = 'SALE')),"
                    + " per as (select instructor_id, pending, sum(amount) as amount, count(*) as n"
                    + " from s group by instructor_id, pending),"
                    + " tx as (insert into ledger_transaction (type, description, idempotency_key,"
                    + " fingerprint, created_at) values ('EARNINGS_SETTLEMENT', 'SQL yardstick',"
                    + " 'bench-sql-settlement', 'x', now()) returning id),"
                    + " avail as (insert into ledger_account (kind, owner_id, currency, balance)"
                    + " select 'INSTRUCTOR_AVAILABLE', instructor_id, 'USD', amount from per"
                    + " returning id, owner_id, balance),"
                    + " pend as (update ledger_account a set balance = a.balance - per.amount,"
                    + " updated_at = now() from per where a.id = per.pending"
                    + " returning a.id, a.owner_id, a.balance),"
                    + " ent as (insert into ledger_entry (transaction_id, account_id, currency, amount,"
                    + " balance_after) select tx.id, pend.id, 'USD', -per.amount, pend.balance"
                    + " from pend join per on per.pending = pend.id, tx union all"
                    + " select tx.id, avail.id, 'USD', avail.balance, avail.balance from avail, tx),"
                    + " st as (insert into settlement (business_date, instructor_id, currency, amount,"
                    + " items) select ?, instructor_id, 'USD', amount, n from per"
                    + " returning id, instructor_id)"
                    + " insert into settlement_item (settlement_id, kind, order_id, instructor_id,"
                    + " amount, transaction_id) select st.id, 'SALE', s.order_id, s.instructor_id,"
                    + " s.amount, tx.id from s join st using (instructor_id), tx");
        Statement immediate = c.createStatement()) {
      ps.setTimestamp(
          1,
          java.sql.Timestamp.from(
              com.azora.settlement.domain.SettlementRules.cutoff(businessDate, 14)));
      ps.setDate(2, java.sql.Date.valueOf(businessDate));
      // The ledger's balance check is deferred to commit; this run rolls back, so check now.
      immediate.execute("set constraints all immediate");
      long t0 = System.nanoTime();
      long written = ps.executeUpdate();
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (written != items) {
        throw new IllegalStateException(written + " settlement items written, " + items + " due");
      }
      return seconds;
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  /** Polls the run guard's row of the execution: status, seconds from start to end, seen at. */
  private static Object[] await(Connection c, long execution) throws Exception {
    Instant deadline = Instant.now().plus(JOB_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "select status, extract(epoch from ended_at - started_at) from batch_run"
                  + " where job_name = 'earnings-settlement' and execution_id = ?")) {
        ps.setLong(1, execution);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getString(1).matches("COMPLETED|FAILED|STOPPED|ABANDONED")) {
            return new Object[] {rs.getString(1), rs.getDouble(2), Instant.now()};
          }
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("job " + execution + " did not finish in " + JOB_TIMEOUT);
  }

  /** Whether the job settled, per instructor, exactly what the SQL sum said. */
  private static String compare(Connection c, LocalDate date, Map<Long, BigDecimal> expected)
      throws SQLException {
    Map<Long, BigDecimal> settled = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select instructor_id, amount from settlement where business_date = ?")) {
      ps.setObject(1, date);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          settled.put(r.getLong(1), r.getBigDecimal(2));
        }
      }
    }
    long differ =
        expected.entrySet().stream()
            .filter(
                e -> {
                  BigDecimal s = settled.get(e.getKey());
                  return s == null || s.compareTo(e.getValue()) != 0;
                })
            .count();
    return differ == 0
        ? String.format(
            Locale.ROOT,
            "settled totals equal the SQL sum for all %,d instructors",
            expected.size())
        : String.format(
            Locale.ROOT,
            "**%,d of %,d instructors' settled totals differ from the SQL sum**",
            differ,
            expected.size());
  }

  private static void write(Path file, Result r) throws java.io.IOException {
    double perSecond = r.items() / r.jobSeconds();
    double ratio = r.jobSeconds() / r.sqlSeconds();
    double writeRatio = r.jobSeconds() / r.sqlWriteSeconds();
    boolean full = r.items() >= 1_000_000;
    StringBuilder md =
        Sections.start(
            START,
            "Earnings settlement: latest run",
            "before the bench started the server: "
                + r.loadBefore()
                + ", after the job: "
                + r.loadAfter());
    md.append(
        String.format(
            Locale.ROOT,
            "- Data: %,d items to settle (paid sales of one instructor each) of %,d instructors,"
                + " each with its COURSE_SALE transaction sealed in the chain; seeded in %.1f s%n",
            r.items(),
            r.instructors(),
            r.seedSeconds()));
    md.append(
        String.format(
            Locale.ROOT,
            "- Job: earnings-settlement started through POST /api/admin/settlements/runs,"
                + " itemCount %,d (items per chunk and checkpoint)%n",
            r.itemCount()));
    md.append("- Check: ")
        .append(r.totals())
        .append("; ledger invariants ")
        .append(r.books().passed() ? "all pass" : "**fail**")
        .append("\n\n");
    md.append("| measure | value | target | met |\n|---|---|---|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| job status | %s | COMPLETED | %s |%n",
            r.status(),
            "COMPLETED".equals(r.status()) ? "yes" : "**no**"));
    md.append(
        String.format(
            Locale.ROOT,
            "| job duration (run row, start to end) | %.1f s (%.1f s from the request) | < 240 s"
                + " | %s |%n",
            r.jobSeconds(),
            r.wallSeconds(),
            verdict(full, r.jobSeconds() < 240)));
    md.append(
        String.format(
            Locale.ROOT,
            "| items per second | %,.0f | ≥ 5,000 | %s |%n",
            perSecond,
            verdict(full, perSecond >= 5000)));
    md.append(
        String.format(
            Locale.ROOT,
            "| the same writes in one SQL statement (ledger move, settlement rows and items;"
                + " rolled back) | %.2f s | | |%n| job ÷ SQL writes | %.2f× | ≤ 2× | %s |%n",
            r.sqlWriteSeconds(),
            writeRatio,
            verdict(full, writeRatio <= 2)));
    // For reference only: a sum settles nothing, so it is not the statement the target names.
    md.append(
        String.format(
            Locale.ROOT,
            "| for reference: the read-only sum per instructor in one SQL statement | %.2f s | | |%n"
                + "| job ÷ read-only sum | %.1f× | (reference) | |%n",
            r.sqlSeconds(),
            ratio));
    md.append(
            "\nDatabase time during the job (pg_stat_statements, top 8 by total time; per chunk of"
                + " ")
        .append(String.format(Locale.ROOT, "%,d", r.itemCount()))
        .append(" items):\n\n| calls per chunk | mean ms | ms per chunk | statement |\n")
        .append("|---|---|---|---|\n");
    r.statements().forEach(line -> md.append(line).append("\n"));
    if (!r.books().passed()) {
      md.append("\n```\n").append(r.books().summary()).append("```\n");
    }
    Sections.replace(file, START, END, md);
  }

  private static String verdict(boolean full, boolean met) {
    return !full ? "not measured at this size" : met ? "yes" : "**no**";
  }
}
