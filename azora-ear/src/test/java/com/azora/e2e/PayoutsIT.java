package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.FakeStripe;
import com.azora.e2e.support.RunsTable;
import com.azora.e2e.support.Sales;
import com.azora.e2e.support.WebSession;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The payouts job on the real EAR: instructors' settled earnings (two 40.00 USD sales, 28.00 each
 * to them, settled past the refund window) are paid out when at or above the 50.00 threshold, by
 * bank transfer (CSV from the batch page, confirmed by an admin) or by Stripe Connect against the
 * fake Stripe; a 500 is retried, a 400 fails and returns the money; rerunning the date pays nothing
 * twice. The ledger invariants (including payouts in flight = open items) hold after each test.
 */
@AzoraE2E
class PayoutsIT {

  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final Sales sales = new Sales(server);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @Test
  void aBankPayoutIsHandedToFinanceAsCsvAndConfirmedPaid() throws Exception {
    String word = Actors.word("bankpay");
    WebSession admin = actors.admin();
    Sales.Seller seller = settledSeller(admin, word, 2);
    WebSession educator = actors.signedIn(seller.email(), Accounts.STRONG_PASSWORD);

    // No method yet: the page says so and nothing is paid.
    WebSession.Page page = educator.get("/teach/payouts.xhtml");
    assertTrue(page.body().contains("No payout method yet"), page.body());

    // A wrong IBAN is refused next to its field; then the right one is saved.
    WebSession.Page wrong =
        educator.submit(
            page,
            "bank",
            Map.of(
                "bank:holder", "Ada " + word,
                "bank:accountNumber", "DE89 3704 0044 0532 0130 01",
                "bank:bankCode", "COBADEFFXXX",
                "bank:country", "DE"),
            "bank:save");
    assertTrue(wrong.body().contains("This IBAN is not valid"), wrong.body());
    assertEquals(
        0, Db.count("select count(*) from payout_method where instructor_id = ?", seller.id()));
    WebSession.Page saved =
        educator.submit(
            educator.get("/teach/payouts.xhtml"),
            "bank",
            Map.of(
                "bank:holder", "Ada, \"" + word + "\"",
                "bank:accountNumber", "DE89 3704 0044 0532 0130 00",
                "bank:bankCode", "COBADEFFXXX",
                "bank:country", "DE"),
            "bank:save");
    assertTrue(saved.body().contains("Bank details saved"), saved.body());

    runPayouts(admin);

    Object[] item = item(seller.id());
    long itemId = ((Number) item[0]).longValue();
    assertEquals(new BigDecimal("56.00"), money(item[1]));
    assertEquals("bank", item[2]);
    assertEquals("AWAITING", item[3]);
    assertEquals(new BigDecimal("0.00"), available(seller.id()));
    assertEquals(1, keyed("payout:item:" + itemId + ":reserve"));

    // Finance downloads the bank file from the batch page and the admin confirms the payout.
    long batchId = ((Number) item[4]).longValue();
    WebSession.Page batch = admin.get("/admin/payout-batch.xhtml?id=" + batchId);
    assertEquals(200, batch.status(), batch.body());
    Element csvLink = batch.html().getElementById("bankCsv");
    assertNotNull(csvLink, batch.body());
    WebSession.Page csv = admin.get(csvLink.attr("href"));
    assertEquals(200, csv.status());
    assertTrue(csv.headers().get("content-type").get(0).startsWith("text/csv"));
    assertTrue(
        csv.body()
            .contains(
                itemId
                    + ",\"Ada, \"\""
                    + word
                    + "\"\"\",DE89370400440532013000,COBADEFFXXX,DE,56.00,USD,AZORA-PAYOUT-"
                    + itemId
                    + "\r\n"),
        csv.body());
    Element row =
        batch
            .html()
            .selectFirst("[id='actions:items'] tbody tr:contains(AZORA-PAYOUT-" + itemId + ")");
    assertNotNull(row, batch.body());
    WebSession.Page confirmed =
        admin.submit(batch, "actions", Map.of(), row.selectFirst("button[id$=':confirm']").id());
    assertTrue(confirmed.body().contains("Payout " + itemId + " confirmed paid"), confirmed.body());

    assertEquals("PAID", item(seller.id())[3]);
    assertEquals(1, keyed("payout:item:" + itemId + ":paid"));
    WebSession.Page earnings = educator.get("/teach/earnings.xhtml");
    String totals = earnings.html().selectFirst("[id='totals'] tbody tr").text();
    assertTrue(totals.contains("56.00"), totals);
    assertTrue(
        educator.get("/teach/payouts.xhtml").body().contains("AZORA-PAYOUT-" + itemId),
        "the instructor sees their payout");

    // The batch console lists the job with its schedule, and today's run.
    WebSession.Page console = admin.get("/admin/batch.xhtml");
    Element jobs = console.html().getElementById("jobs");
    assertNotNull(jobs, console.body());
    assertTrue(
        jobs.text().contains("payouts") && jobs.text().contains("minute = \"15\""), jobs.text());

    // Running the date again pays nothing twice.
    runPayouts(admin);
    assertEquals(
        1, Db.count("select count(*) from payout_item where instructor_id = ?", seller.id()));
    assertEquals(new BigDecimal("0.00"), available(seller.id()));

    Books.assertBalanced();
  }

  @Test
  void aStripeConnectPayoutTransfersOnceWithItsIdempotencyKey() throws Exception {
    String word = Actors.word("stripepay");
    WebSession admin = actors.admin();
    Sales.Seller seller = settledSeller(admin, word, 2);
    WebSession educator = actors.signedIn(seller.email(), Accounts.STRONG_PASSWORD);

    // Connect with Stripe: an Express account and onboarding on (fake) Stripe, then back.
    WebSession.Page page = educator.get("/teach/payouts.xhtml");
    WebSession.Page onboarding = educator.submit(page, "stripeForm", Map.of(), "stripeForm:stripe");
    assertTrue(onboarding.url().contains("/connect/onboard"), onboarding.url());
    WebSession.Page back = educator.get("/teach/payouts.xhtml?stripe=return");
    assertTrue(back.body().contains("Stripe account connected"), back.body());
    String account =
        Db.one("select stripe_account from payout_method where instructor_id = ?", seller.id());
    assertTrue(account.startsWith("acct_"), account);

    runPayouts(admin);

    Object[] item = item(seller.id());
    long itemId = ((Number) item[0]).longValue();
    assertEquals("stripe", item[2]);
    assertEquals("PAID", item[3]);
    assertTrue(((String) item[5]).startsWith("tr_"), String.valueOf(item[5]));
    assertEquals(1, FakeStripe.transferRequests("azora-payout-" + itemId));
    assertTrue(
        FakeStripe.transfersTo(account).get(0).getBodyAsString().contains("amount=5600"),
        "minor units");
    assertEquals(1, keyed("payout:item:" + itemId + ":paid"));

    runPayouts(admin);
    assertEquals(1, FakeStripe.transferRequests("azora-payout-" + itemId));
    assertEquals(1, FakeStripe.transfersTo(account).size());
    assertEquals(
        1, Db.count("select count(*) from payout_item where instructor_id = ?", seller.id()));

    Books.assertBalanced();
  }

  @Test
  void aStripeOutageIsRetriedWithBackOffAndPaysOnce() throws Exception {
    String word = Actors.word("retrypay");
    WebSession admin = actors.admin();
    Sales.Seller seller = settledSeller(admin, word, 2);
    String account = stripeMethod(seller.id());
    StubMapping outage = FakeStripe.failTransfersTo(account, 500);
    long itemId;
    try {
      runPayouts(admin);
      Object[] item = item(seller.id());
      itemId = ((Number) item[0]).longValue();
      assertEquals("RETRY", item[3]);
      assertEquals(1, ((Number) item[6]).intValue(), "one attempt");
      Instant next = ((java.sql.Timestamp) item[7]).toInstant();
      assertTrue(next.isAfter(Instant.now()), "next attempt later: " + next);
      assertTrue(String.valueOf(item[8]).contains("500"), String.valueOf(item[8]));
      assertEquals(new BigDecimal("0.00"), available(seller.id()), "still reserved");
      // Not due yet: a rerun does not send it.
      int sent = FakeStripe.transferRequests("azora-payout-" + itemId);
      assertTrue(sent >= 1);
      runPayouts(admin);
      assertEquals(sent, FakeStripe.transferRequests("azora-payout-" + itemId));
      assertEquals("RETRY", item(seller.id())[3]);
    } finally {
      FakeStripe.heal(outage);
    }
    // Stripe is back and the back-off has passed.
    Db.update(
        "update payout_item set next_attempt_at = now() - interval '1 second' where id = ?",
        itemId);
    runPayouts(admin);
    Object[] paid = item(seller.id());
    assertEquals("PAID", paid[3]);
    assertEquals(2, ((Number) paid[6]).intValue());
    assertEquals(1, keyed("payout:item:" + itemId + ":paid"));
    int requests = FakeStripe.transferRequests("azora-payout-" + itemId);
    assertEquals(
        requests, FakeStripe.transfersTo(account).size(), "every request carried the item's key");
    runPayouts(admin);
    assertEquals(requests, FakeStripe.transferRequests("azora-payout-" + itemId));

    Books.assertBalanced();
  }

  @Test
  void aRefusedTransferFailsAndReturnsTheMoney() throws Exception {
    String word = Actors.word("refusedpay");
    WebSession admin = actors.admin();
    Sales.Seller seller = settledSeller(admin, word, 2);
    String account = stripeMethod(seller.id());
    StubMapping refused = FakeStripe.failTransfersTo(account, 400);
    try {
      runPayouts(admin);
      Object[] item = item(seller.id());
      long itemId = ((Number) item[0]).longValue();
      assertEquals("FAILED", item[3]);
      assertTrue(String.valueOf(item[8]).contains("400"), String.valueOf(item[8]));
      assertEquals(new BigDecimal("56.00"), available(seller.id()), "returned");
      assertEquals(1, keyed("payout:item:" + itemId + ":returned"));
      assertEquals(0, keyed("payout:item:" + itemId + ":paid"));

      // The date's batch does not plan it again.
      runPayouts(admin);
      assertEquals(
          1, Db.count("select count(*) from payout_item where instructor_id = ?", seller.id()));
    } finally {
      FakeStripe.heal(refused);
    }
    Books.assertBalanced();
  }

  @Test
  void aBalanceBelowTheThresholdIsNotPaidOut() throws Exception {
    String word = Actors.word("smallpay");
    WebSession admin = actors.admin();
    Sales.Seller seller = settledSeller(admin, word, 1);
    stripeMethod(seller.id());
    runPayouts(admin);
    assertEquals(
        0, Db.count("select count(*) from payout_item where instructor_id = ?", seller.id()));
    assertEquals(new BigDecimal("28.00"), available(seller.id()));
    Books.assertBalanced();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A seller with {@code sales} sales, settled past the refund window (28.00 each available). */
  private Sales.Seller settledSeller(WebSession admin, String word, int n) throws Exception {
    Sales.Seller seller = sales.seller(admin, "Payee " + word);
    for (int i = 0; i < n; i++) {
      sales.paidOrder(admin, seller.slug());
    }
    LocalDate settleDay = today.plusDays(15);
    WebSession.Page desk = admin.get("/admin/settlements.xhtml");
    WebSession.Page started =
        admin.submit(desk, "run", Map.of("run:businessDate", settleDay.toString()), "run:start");
    assertTrue(started.body().contains("Settlement of " + settleDay), started.body());
    RunsTable.awaitCompleted(
        admin, "/admin/settlements.xhtml", settleDay, JOB_TIMEOUT, server.serverLog());
    assertEquals(new BigDecimal("28.00").multiply(BigDecimal.valueOf(n)), available(seller.id()));
    return seller;
  }

  /** Gives the instructor a Stripe account with payouts enabled (as after onboarding). */
  private String stripeMethod(long instructor) {
    String account = "acct_" + Long.toString(System.nanoTime(), 36);
    Db.update(
        "insert into payout_method (instructor_id, kind, stripe_account, payouts_enabled)"
            + " values (?, 'STRIPE', ?, true)",
        instructor,
        account);
    return account;
  }

  /** Runs payouts for today from the admin page and waits for the run to complete. */
  private void runPayouts(WebSession admin) {
    WebSession.Page desk = admin.get("/admin/payouts.xhtml");
    WebSession.Page started = admin.submit(desk, "run", Map.of(), "run:runNow");
    assertTrue(started.body().contains("Payouts of " + today), started.body());
    RunsTable.awaitCompleted(admin, "/admin/payouts.xhtml", today, JOB_TIMEOUT, server.serverLog());
  }

  /**
   * The instructor's one payout: id, amount, provider, status, batch, provider ref, attempts, next
   * attempt, last error.
   */
  private static Object[] item(long instructor) {
    List<Object[]> rows =
        Db.rows(
            "select id, amount, provider, status, batch_id, provider_ref, attempts,"
                + " next_attempt_at, last_error from payout_item where instructor_id = ?",
            instructor);
    assertEquals(1, rows.size(), "one payout for instructor " + instructor);
    return rows.get(0);
  }

  private static BigDecimal available(long instructor) {
    List<Object[]> rows =
        Db.rows(
            "select balance from ledger_account where currency = 'USD'"
                + " and kind = 'INSTRUCTOR_AVAILABLE' and owner_id = ?",
            instructor);
    return rows.isEmpty() ? new BigDecimal("0.00") : money(rows.get(0)[0]);
  }

  private static long keyed(String idempotencyKey) {
    return Db.count(
        "select count(*) from ledger_transaction where idempotency_key = ?", idempotencyKey);
  }

  private static BigDecimal money(Object v) {
    return ((BigDecimal) v).setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
