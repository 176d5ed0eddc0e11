package com.azora.bench;

import com.azora.launcher.AzoraServer;
import com.azora.platform.config.ConfigKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token transfers per second and their latency at a fixed number of clients, through the service
 * ({@code POST /api/me/wallet/transfers}: HTTP, token check, idempotency, limits, the ledger's
 * locks, hash chain and invariants), as the same transfer in SQL ({@link LedgerSameWrites}: the
 * service's writes by hand, the yardstick of the target) and, for reference, as the bare
 * double-entry write in SQL (lock two balances in id order, update them, insert a transaction and
 * two entries) on scratch tables of the same database, in the same run. Writes its section of
 * docs/benchmarks.md.
 */
final class LedgerBench {

  static final String START = "<!-- bench:ledger:start -->";
  static final String END = "<!-- bench:ledger:end -->";

  /** Latencies of one run, in nanoseconds. */
  private record Run(String name, long[] sorted, long errors, double seconds, String firstError) {
    double perSecond() {
      return sorted.length / seconds;
    }

    /** The rounds of one path as one run. */
    static Run merge(List<Run> rounds) {
      return new Run(
          rounds.get(0).name(),
          rounds.stream().flatMapToLong(r -> Arrays.stream(r.sorted())).sorted().toArray(),
          rounds.stream().mapToLong(Run::errors).sum(),
          rounds.stream().mapToDouble(Run::seconds).sum(),
          rounds.stream().map(Run::firstError).filter(e -> e != null).findFirst().orElse(null));
    }

    double percentile(double q) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
  }

  /** One client's loop body: performs one transfer; returns false on an error. */
  @FunctionalInterface
  private interface Step {
    String perform(int client) throws Exception;
  }

  private static final Duration STATEMENT_SAMPLE = Duration.ofSeconds(15);

  private LedgerBench() {}

  static void run(Map<String, String> env) throws Exception {
    int clients = Bench.intSetting(env, "BENCH_LEDGER_CLIENTS", 8);
    // Payara's JIT is still compiling after 30 s of transfers (C2 at a quarter of a core), which
    // the service pays for and raw SQL does not: the ledger bench warms up longer.
    Duration warmup = Duration.ofSeconds(Bench.intSetting(env, "BENCH_WARMUP_SECONDS", 150));
    Duration measure = Duration.ofSeconds(Bench.intSetting(env, "BENCH_SECONDS", 60));
    Session.run(
        env,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build(),
        s -> {
          List<String> senders = new ArrayList<>();
          List<String> senderEmails = new ArrayList<>();
          List<String> recipients = new ArrayList<>();
          String adminToken;
          try (Connection c = s.server().openConnection()) {
            String hash = Accounts.registeredHash(s.http(), s.base(), c, s.tag());
            adminToken =
                Accounts.admin(s.http(), s.base(), c, hash, "bench-ledger-admin-" + s.tag());
            for (int i = 0; i < clients; i++) {
              String sender = "bench-sender-" + s.tag() + "-" + i + "@bench.azora.local";
              String recipient = "bench-recipient-" + s.tag() + "-" + i + "@bench.azora.local";
              Accounts.insertUser(c, sender, hash);
              senderEmails.add(sender);
              Accounts.insertUser(c, recipient, hash);
              senders.add(Accounts.login(s.http(), s.base(), sender));
              recipients.add(recipient);
              fund(s.http(), s.base(), adminToken, sender);
            }
            // The recipients' wallets, which a first transfer through the service would open.
            Accounts.exec(
                c,
                "insert into ledger_account (kind, owner_id, currency) select 'USER_WALLET', id,"
                    + " 'AZR' from app_user where email like 'bench-recipient-"
                    + s.tag()
                    + "-%' on conflict do nothing");
            Accounts.exec(c, "create extension if not exists pg_stat_statements");
            setUpRaw(c, clients);
          }
          List<String> senderTokens = senders;
          String path = URI.create(s.base()).getRawPath() + "/api/me/wallet/transfers";
          List<KeepAliveHttp> links = new ArrayList<>();
          for (int i = 0; i < clients; i++) {
            links.add(new KeepAliveHttp(s.base()));
          }
          Step service =
              client -> {
                String body =
                    "{\"recipientEmail\":\""
                        + recipients.get(ThreadLocalRandom.current().nextInt(recipients.size()))
                        + "\",\"amount\":0.01,\"memo\":\"bench\"}";
                KeepAliveHttp.Reply r =
                    links
                        .get(client)
                        .postJson(
                            path,
                            Map.of(
                                "Authorization",
                                "Bearer " + senderTokens.get(client),
                                "Idempotency-Key",
                                UUID.randomUUID().toString()),
                            body);
                return r.status() == 201 ? null : r.status() + " " + r.body();
              };
          List<Connection> connections = new ArrayList<>();
          List<LedgerSameWrites.Sender> sameSenders = new ArrayList<>();
          for (int i = 0; i < clients; i++) {
            Connection c = s.server().openConnection();
            c.setAutoCommit(false);
            connections.add(c);
            Connection own = s.server().openConnection();
            own.setAutoCommit(false);
            sameSenders.add(new LedgerSameWrites.Sender(userId(own, senderEmails.get(i)), own));
          }
          Step raw = client -> rawTransfer(connections.get(client), clients, client);
          LedgerSameWrites same =
              new LedgerSameWrites(
                  sameSenders,
                  recipients,
                  new BigDecimal(ConfigKey.TOKEN_TRANSFER_DAILY_MAX.defaultValue()));
          Step sameWrites = same::transfer;

          // Access tokens last 10 minutes by default: enough for the warm-ups (5/3 of
          // BENCH_WARMUP_SECONDS), the statements sample and the measured rounds (3 ×
          // BENCH_SECONDS).
          Bench.say("Warming up (service and raw SQL) for " + warmup.toSeconds() + " s each");
          // The service last, so the sealer has caught up with the hand-written transfers before
          // the service is measured.
          load("warm-up same writes", clients, warmup.dividedBy(3), sameWrites);
          load("warm-up raw", clients, warmup.dividedBy(3), raw);
          load("warm-up service", clients, warmup, service);
          // The database time per service transfer, from a sample of its own: the same transfer in
          // SQL runs the service's statements, so the measured rounds would mix the two.
          resetStatements(s.server());
          Run sample = load("statements sample", clients, STATEMENT_SAMPLE, service);
          List<String> serviceStatements = statements(s.server(), sample.sorted().length);
          // The three paths take turns in short rounds: the machine's speed drifts by up to a
          // quarter within minutes, which one minute per path after another put into the ratio.
          int rounds = Math.max(1, Bench.intSetting(env, "BENCH_LEDGER_ROUNDS", 6));
          Duration round = measure.dividedBy(rounds);
          Bench.say(
              "Measuring the service, the same transfer and the bare write in SQL in turns: "
                  + rounds
                  + " rounds of "
                  + round.toSeconds()
                  + " s each");
          List<Run> viaService = new ArrayList<>();
          List<Run> viaSame = new ArrayList<>();
          List<Run> viaSql = new ArrayList<>();
          for (int i = 0; i < rounds; i++) {
            viaService.add(load("service", clients, round, service));
            viaSame.add(load("same transfer in SQL", clients, round, sameWrites));
            viaSql.add(load("bare write in SQL", clients, round, raw));
          }
          String loadAfter = Bench.loadAverage();
          links.forEach(KeepAliveHttp::close);
          for (Connection c : connections) {
            c.close();
          }
          for (LedgerSameWrites.Sender sender : sameSenders) {
            sender.connection().close();
          }
          String invariants;
          try (Connection c = s.server().openConnection()) {
            invariants = invariantsLine(c);
          }
          Run serviceRun = Run.merge(viaService);
          Run sameRun = Run.merge(viaSame);
          Run bareRun = Run.merge(viaSql);
          say(serviceRun);
          say(sameRun);
          say(bareRun);
          write(
              s.report(),
              clients,
              rounds,
              round,
              s.loadBefore(),
              loadAfter,
              List.of(serviceRun, sameRun, bareRun),
              roundRatios(viaService, viaSame),
              serviceStatements,
              invariants);
          Bench.say("Results written to " + s.report().toAbsolutePath());
        });
  }

  private static Run load(String name, int clients, Duration duration, Step step)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    long[][] per = new long[clients][];
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < clients; t++) {
      int client = t;
      Thread thread =
          new Thread(
              () -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  String error;
                  try {
                    error = step.perform(client);
                  } catch (Exception e) {
                    error = e.toString();
                  }
                  long took = System.nanoTime() - t0;
                  if (error != null) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                      if (firstError[0] == null) {
                        firstError[0] = error;
                      }
                    }
                    continue;
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = took;
                }
                per[client] = Arrays.copyOf(lat, n);
              },
              "ledger-" + name + "-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(per).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Run(name, all, errors.get(), seconds, firstError[0]);
  }

  /**
   * The bare transfer: two balances locked in id order and updated, one transaction, two entries.
   */
  private static String rawTransfer(Connection c, int clients, int client) throws SQLException {
    long from = client + 1L;
    long to = clients + 1L + ThreadLocalRandom.current().nextInt(clients);
    try {
      try (PreparedStatement lock =
          c.prepareStatement(
              "select id, balance from bench_raw_account where id in (?, ?) order by id for update")) {
        lock.setLong(1, from);
        lock.setLong(2, to);
        try (ResultSet r = lock.executeQuery()) {
          while (r.next()) {
            // Locked; the balance check is the table's CHECK.
          }
        }
      }
      try (PreparedStatement up =
          c.prepareStatement("update bench_raw_account set balance = balance + ? where id = ?")) {
        up.setBigDecimal(1, new BigDecimal("-0.01"));
        up.setLong(2, from);
        up.addBatch();
        up.setBigDecimal(1, new BigDecimal("0.01"));
        up.setLong(2, to);
        up.addBatch();
        up.executeBatch();
      }
      long tx;
      try (PreparedStatement ins =
          c.prepareStatement(
              "insert into bench_raw_transaction (description, created_at) values ('bench', now())"
                  + " returning id")) {
        try (ResultSet r = ins.executeQuery()) {
          r.next();
          tx = r.getLong(1);
        }
      }
      try (PreparedStatement e =
          c.prepareStatement(
              "insert into bench_raw_entry (transaction_id, account_id, amount) values (?, ?, ?)")) {
        e.setLong(1, tx);
        e.setLong(2, from);
        e.setBigDecimal(3, new BigDecimal("-0.01"));
        e.addBatch();
        e.setLong(1, tx);
        e.setLong(2, to);
        e.setBigDecimal(3, new BigDecimal("0.01"));
        e.addBatch();
        e.executeBatch();
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      c.rollback();
      return e.getMessage();
    }
  }

  private static void setUpRaw(Connection c, int clients) throws SQLException {
    Accounts.exec(
        c, "drop table if exists bench_raw_entry, bench_raw_transaction, bench_raw_account");
    Accounts.exec(
        c,
        "create table bench_raw_account (id bigint primary key,"
            + " balance numeric(38,8) not null check (balance >= 0))");
    Accounts.exec(
        c,
        "create table bench_raw_transaction (id bigserial primary key,"
            + " description varchar(500) not null, created_at timestamptz not null)");
    Accounts.exec(
        c,
        "create table bench_raw_entry (id bigserial primary key, transaction_id bigint not null"
            + " references bench_raw_transaction (id), account_id bigint not null"
            + " references bench_raw_account (id), amount numeric(38,8) not null)");
    Accounts.exec(
        c,
        "insert into bench_raw_account (id, balance) select i, 100000 from generate_series(1, "
            + (2 * clients)
            + ") i");
  }

  /** Gives the account 100,000 AZR through the admin adjustment API. */
  private static void fund(HttpClient http, String base, String adminToken, String email)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/admin/ledger/adjustments"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\""
                            + email
                            + "\",\"currency\":\"AZR\",\"amount\":100000,"
                            + "\"reason\":\"Benchmark float\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("funding " + email + ": " + r.statusCode() + " " + r.body());
    }
  }

  private static void resetStatements(AzoraServer server) throws SQLException {
    try (Connection c = server.openConnection()) {
      Accounts.exec(c, "select pg_stat_statements_reset()");
    }
  }

  private static List<String> statements(AzoraServer server, long requests) throws SQLException {
    try (Connection c = server.openConnection()) {
      return Report.topStatements(c, requests);
    }
  }

  private static String invariantsLine(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select (select count(*) from ledger_transaction where type = 'TRANSFER'),"
                    + " (select count(*) from (select transaction_id from ledger_entry"
                    + " group by transaction_id, currency having sum(amount) <> 0) x),"
                    + " (select count(*) from ledger_account where owner_id is not null"
                    + " and balance < 0)")) {
      r.next();
      return String.format(
          Locale.ROOT,
          "%,d transfer transactions in the ledger; %d unbalanced; %d negative user accounts",
          r.getLong(1),
          r.getLong(2),
          r.getLong(3));
    }
  }

  private static void say(Run r) {
    Bench.say(
        String.format(
            Locale.ROOT,
            "%s: %.0f transfers/s, p50 %.1f ms, p99 %.1f ms, %d errors%s",
            r.name(),
            r.perSecond(),
            r.percentile(0.50),
            r.percentile(0.99),
            r.errors(),
            r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
  }

  private static void write(
      Path file,
      int clients,
      int rounds,
      Duration round,
      String loadBefore,
      String loadAfter,
      List<Run> runs,
      String roundRatios,
      List<String> statements,
      String invariants)
      throws IOException {
    Run service = runs.get(0);
    double ratio = service.perSecond() / runs.get(1).perSecond();
    double bareRatio = service.perSecond() / runs.get(2).perSecond();
    StringBuilder md =
        Sections.start(
            START,
            "Token transfers: latest run",
            "before the bench started the server: " + loadBefore);
    md.append("- Load: ")
        .append(clients)
        .append(" clients, closed loop, after a warm-up; the three paths in turns, ")
        .append(rounds)
        .append(" rounds of ")
        .append(round.toSeconds())
        .append(" s each; transfers of 0.01 AZR to random recipients\n");
    md.append("- Load average after the last round: ").append(loadAfter).append("\n");
    md.append("- Books after the run: ").append(invariants).append("\n\n");
    md.append("| path | transfers | per second | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    List<String> names =
        List.of(
            "service: POST /api/me/wallet/transfers",
            "raw SQL: the same transfer (the service's writes by hand, one transaction)",
            "raw SQL, for reference: the bare double-entry write");
    for (int i = 0; i < runs.size(); i++) {
      row(md, names.get(i), runs.get(i));
    }
    md.append("\n")
        .append(
            String.format(
                Locale.ROOT,
                "Service throughput is **%.0f %%** of the same transfer in raw SQL (target ≥ 50 %%:"
                    + " %s; %.0f %% of the bare write; per round: %s); service p99 %.1f ms"
                    + " (target < 50 ms: %s).%n%n",
                ratio * 100,
                ratio >= 0.5 ? "met" : "**missed**",
                bareRatio * 100,
                roundRatios,
                service.percentile(0.99),
                service.percentile(0.99) < 50 ? "met" : "**missed**"));
    md.append(
        "Database time per service transfer (pg_stat_statements over a "
            + STATEMENT_SAMPLE.toSeconds()
            + " s sample of the service alone, after the warm-up; top 5 by total time):\n\n");
    md.append("| calls per request | mean ms | ms per request | statement |\n|---|---|---|---|\n");
    statements.forEach(l -> md.append(l).append("\n"));
    Sections.replace(file, START, END, md);
  }

  /** The service's throughput as a share of the same transfer in SQL, round by round. */
  private static String roundRatios(List<Run> service, List<Run> same) {
    List<String> ratios = new ArrayList<>();
    for (int i = 0; i < service.size(); i++) {
      ratios.add(
          String.format(
              Locale.ROOT, "%.0f %%", 100 * service.get(i).perSecond() / same.get(i).perSecond()));
    }
    return String.join(", ", ratios);
  }

  private static long userId(Connection c, String email) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select id from app_user where email = ?")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void row(StringBuilder md, String name, Run r) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n",
            name,
            r.sorted().length,
            r.perSecond(),
            r.percentile(0.5),
            r.percentile(0.95),
            r.percentile(0.99),
            r.sorted().length == 0 ? Double.NaN : r.sorted()[r.sorted().length - 1] / 1e6,
            r.errors()));
  }
}
