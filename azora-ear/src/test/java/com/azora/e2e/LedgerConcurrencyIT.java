package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.WebSession;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The ledger under concurrent load through the real API: 1,000 transfers among 20 wallets from 50
 * threads at once leave no negative balance, the same total, and balanced, unbroken books; no
 * request fails other than by a clean "insufficient balance".
 */
@AzoraE2E
class LedgerConcurrencyIT {

  private static final int WALLETS = 20;
  private static final int TRANSFERS = 1_000;
  private static final int THREADS = 50;
  private static final BigDecimal START = new BigDecimal("100.00");

  private final AzoraTestServer server = AzoraTestServer.get();

  @Test
  void thousandConcurrentTransfersAmongTwentyWalletsKeepTheBooks() throws Exception {
    String admin = Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD);
    List<String> emails = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < WALLETS; i++) {
      String email = Accounts.registerAndVerify(server, "Busy Wallet " + i, false);
      emails.add(email);
      tokens.add(Api.token(server, email, Accounts.STRONG_PASSWORD));
      WebSession.Page funded =
          new WebSession(server.baseUrl())
              .json(
                  "POST",
                  "/api/admin/ledger/adjustments",
                  Json.createObjectBuilder()
                      .add("email", email)
                      .add("currency", "AZR")
                      .add("amount", START)
                      .add("reason", "Concurrency test float")
                      .build()
                      .toString(),
                  admin,
                  Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      assertEquals(201, funded.status(), funded.body());
    }

    Random random = new Random(42);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < TRANSFERS; i++) {
      int from = random.nextInt(WALLETS);
      int to = (from + 1 + random.nextInt(WALLETS - 1)) % WALLETS;
      BigDecimal amount = new BigDecimal(1 + random.nextInt(10)).add(new BigDecimal("0.25"));
      String token = tokens.get(from);
      String body =
          Json.createObjectBuilder()
              .add("recipientEmail", emails.get(to))
              .add("amount", amount)
              .add("memo", "load " + i)
              .build()
              .toString();
      done.add(
          pool.submit(
              () -> {
                WebSession.Page p =
                    new WebSession(server.baseUrl())
                        .json(
                            "POST",
                            "/api/me/wallet/transfers",
                            body,
                            token,
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                statuses.computeIfAbsent(p.status(), s -> new AtomicInteger()).incrementAndGet();
                boolean insufficient = p.status() == 409 && p.body().contains("nsufficient");
                if (p.status() != 201 && !insufficient) {
                  unexpected.add(p.status() + " " + p.body());
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    assertTrue(
        unexpected.isEmpty(),
        "unexpected answers: " + unexpected.subList(0, Math.min(5, unexpected.size())));
    int booked = statuses.getOrDefault(201, new AtomicInteger()).get();
    assertTrue(booked > TRANSFERS / 2, "most transfers book: " + statuses);
    try (Connection c = server.connection();
        PreparedStatement s =
            c.prepareStatement(
                "select coalesce(sum(a.balance), 0), min(a.balance), count(*) from ledger_account a"
                    + " join app_user u on u.id = a.owner_id where a.kind = 'USER_WALLET'"
                    + " and a.currency = 'AZR' and u.email = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", emails.toArray()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(
            0,
            START.multiply(BigDecimal.valueOf(WALLETS)).compareTo(r.getBigDecimal(1)),
            "the 20 wallets still hold what they were given in total");
        assertTrue(r.getBigDecimal(2).signum() >= 0, "no wallet is negative");
        assertEquals(WALLETS, r.getInt(3));
      }
      try (PreparedStatement s2 =
          c.prepareStatement(
              "select count(*) from ledger_transaction t where t.type = 'TRANSFER'"
                  + " and t.actor_id in (select id from app_user where email = any (?))")) {
        s2.setArray(1, c.createArrayOf("varchar", emails.toArray()));
        try (ResultSet r = s2.executeQuery()) {
          r.next();
          assertEquals(booked, r.getInt(1), "one ledger transaction per accepted transfer");
        }
      }
    }
    Books.assertBalanced();
  }
}
