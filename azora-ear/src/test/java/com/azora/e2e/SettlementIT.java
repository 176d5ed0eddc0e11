package com.azora.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azora.e2e.support.Accounts;
import com.azora.e2e.support.Actors;
import com.azora.e2e.support.Api;
import com.azora.e2e.support.AzoraE2E;
import com.azora.e2e.support.AzoraTestServer;
import com.azora.e2e.support.Books;
import com.azora.e2e.support.Db;
import com.azora.e2e.support.PaidPayouts;
import com.azora.e2e.support.RunsTable;
import com.azora.e2e.support.Sales;
import com.azora.e2e.support.WebSession;
import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The earnings-settlement job on the real EAR: sales paid by bank transfer (confirmed by an admin),
 * settled by running the job from the admin desk for a business date past the 14-day refund window;
 * the ledger and the settlement rows agree, a rerun changes nothing, refunds inside the window are
 * left out (in full) or netted (in part), and a refund after settlement is taken back by the next
 * run. The invariant checker (including "settled earnings equal settlement rows") passes.
 */
@AzoraE2E
class SettlementIT {

  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

  private final AzoraTestServer server = AzoraTestServer.get();
  private final Actors actors = new Actors(server);
  private final Sales sales = new Sales(server);
  private final LocalDate periodDay = LocalDate.now(ZoneOffset.UTC).plusDays(15);

  @Test
  void aPeriodSettlesOnceAndRefundsInsideTheWindowAreLeftOut() throws Exception {
    String word = Actors.word("settle");
    WebSession admin = actors.admin();
    Sales.Seller seller = sales.seller(admin, "Settler " + word);
    String educatorEmail = seller.email();
    long educator = seller.id();
    String slug = seller.slug();
    // 70 % of 40.00 = 28.00 per sale to the instructor.
    String kept = sales.paidOrder(admin, slug);
    String partly = sales.paidOrder(admin, slug);
    String refunded = sales.paidOrder(admin, slug);
    refund(partly, "10.00"); // the instructor gives back 7.00, 21.00 remain
    refund(refunded, null); // all of it: nothing to settle
    assertEquals(new BigDecimal("49.00"), balance("INSTRUCTOR_PENDING", educator));

    runSettlement(admin, periodDay);

    Map<String, Object> s = settlement(periodDay, educator);
    assertEquals(new BigDecimal("49.00"), s.get("amount"));
    assertEquals(2, s.get("items"));
    assertEquals(new BigDecimal("28.00"), saleItem(kept, educator));
    assertEquals(new BigDecimal("21.00"), saleItem(partly, educator));
    assertEquals(null, saleItem(refunded, educator));
    assertEquals(new BigDecimal("0.00"), balance("INSTRUCTOR_PENDING", educator));
    assertEquals(new BigDecimal("49.00"), balance("INSTRUCTOR_AVAILABLE", educator));
    assertEquals(
        1,
        count(
            "select count(distinct i.transaction_id) from settlement_item i"
                + " join ledger_transaction t on t.id = i.transaction_id"
                + " where t.type = 'EARNINGS_SETTLEMENT' and i.instructor_id = "
                + educator));

    // A rerun of the same date: no new rows, no new ledger transactions, same balances.
    long items = count("select count(*) from settlement_item where instructor_id = " + educator);
    String settlementTransactions =
        "select count(*) from ledger_transaction"
            + " where type in ('EARNINGS_SETTLEMENT', 'EARNINGS_REVERSAL')";
    long transactions = count(settlementTransactions);
    runSettlement(admin, periodDay);
    assertEquals(
        items, count("select count(*) from settlement_item where instructor_id = " + educator));
    assertEquals(transactions, count(settlementTransactions));
    assertEquals(new BigDecimal("49.00"), settlement(periodDay, educator).get("amount"));
    assertEquals(new BigDecimal("49.00"), balance("INSTRUCTOR_AVAILABLE", educator));

    // The admin's desk: the period's row, its items, the CSV and PDF reports.
    WebSession.Page desk = admin.get("/admin/settlements.xhtml");
    assertEquals(200, desk.status());
    WebSession.Page filtered =
        admin.submit(
            desk,
            "settlements",
            Map.of("settlements:date", periodDay.toString()),
            "settlements:filter");
    Element row =
        filtered
            .html()
            .selectFirst("[id='settlements:table'] tbody tr:contains(" + educatorEmail + ")");
    assertNotNull(row, filtered.body());
    assertTrue(row.text().contains("49.00 USD") && row.text().contains("2 items"), row.text());
    WebSession.Page detail = admin.get(row.selectFirst("a[href*=settlement.xhtml]").attr("href"));
    assertEquals(200, detail.status(), detail.body());
    assertEquals("49.00 USD", detail.html().getElementById("amount").text());
    String itemRows = detail.html().select("[id='items:table'] tbody tr").text();
    assertTrue(itemRows.contains(kept) && itemRows.contains(partly), itemRows);
    assertTrue(!itemRows.contains(refunded), itemRows);
    WebSession.Page csv = admin.get("/admin/settlement-report.csv?date=" + periodDay);
    assertEquals(200, csv.status());
    assertTrue(
        csv.body()
            .contains(
                periodDay
                    + ","
                    + educator
                    + ",Settler "
                    + word
                    + ","
                    + educatorEmail
                    + ",USD,49.00,2,SETTLED"),
        csv.body());
    WebSession.Page pdf = admin.get("/admin/settlement-report.pdf?date=" + periodDay);
    assertEquals(200, pdf.status());
    assertTrue(pdf.body().startsWith("%PDF"), "a PDF");

    // The instructor sees the settlement and the available figure on their earnings page.
    WebSession.Page mine =
        actors.signedIn(educatorEmail, Accounts.STRONG_PASSWORD).get("/teach/earnings.xhtml");
    String totals = mine.html().selectFirst("[id='totals'] tbody tr").text();
    assertTrue(totals.contains("0.00") && totals.contains("49.00"), totals);
    String settled = mine.html().selectFirst("[id='settlements'] tbody tr").text();
    assertTrue(settled.contains(periodDay.toString()) && settled.contains("49.00"), settled);

    Books.assertBalanced();
  }

  @Test
  void severalInstructorsSettleInOnePostingThatMovesEachPairOnce() throws Exception {
    WebSession admin = actors.admin();
    List<Long> sellers = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Sales.Seller seller = sales.seller(admin, "Pair " + Actors.word("settle"));
      sales.paidOrder(admin, seller.slug());
      sellers.add(seller.id());
    }

    runSettlement(admin, periodDay);

    // One chunk: one posting for all of them (the ledger's many-account path), two entries each.
    String ids = sellers.toString().replaceAll("[\\[\\] ]", "");
    assertEquals(
        1,
        count(
            "select count(distinct transaction_id) from settlement_item where instructor_id in ("
                + ids
                + ")"));
    long tx =
        count(
            "select max(transaction_id) from settlement_item where instructor_id in (" + ids + ")");
    assertTrue(
        count("select count(*) from ledger_entry where transaction_id = " + tx) >= 6,
        "at least the three pairs");
    for (long seller : sellers) {
      assertEquals(new BigDecimal("0.00"), balance("INSTRUCTOR_PENDING", seller));
      assertEquals(new BigDecimal("28.00"), balance("INSTRUCTOR_AVAILABLE", seller));
      assertEquals(
          2,
          count(
              "select count(*) from ledger_entry e join ledger_account a on a.id = e.account_id"
                  + " where e.transaction_id = "
                  + tx
                  + " and a.owner_id = "
                  + seller));
    }
    Books.assertBalanced();
  }

  @Test
  void aRefundAfterSettlementIsTakenBackInTheNextRun() throws Exception {
    String word = Actors.word("reverse");
    WebSession admin = actors.admin();
    Sales.Seller seller = sales.seller(admin, "Reversed " + word);
    String educatorEmail = seller.email();
    long educator = seller.id();
    String slug = seller.slug();
    String order = sales.paidOrder(admin, slug);
    runSettlement(admin, periodDay);
    assertEquals(new BigDecimal("28.00"), saleItem(order, educator));
    assertEquals(new BigDecimal("28.00"), balance("INSTRUCTOR_AVAILABLE", educator));

    // Refunded after settlement: the instructor's 14.00 comes from RECEIVABLES, not from pending.
    refund(order, "20.00");
    assertEquals(new BigDecimal("0.00"), balance("INSTRUCTOR_PENDING", educator));
    assertEquals(new BigDecimal("28.00"), balance("INSTRUCTOR_AVAILABLE", educator));
    long id = orderId(order);
    assertEquals(
        1,
        count(
            "select count(*) from settlement_receivable where amount = 14 and order_id = "
                + id
                + " and instructor_id = "
                + educator));
    assertEquals(
        0,
        count(
            "select count(*) from ledger_entry e join ledger_account a on a.id = e.account_id"
                + " join ledger_transaction t on t.id = e.transaction_id"
                + " where t.idempotency_key = 'order:"
                + id
                + ":refund:1' and a.owner_id = "
                + educator));

    // The next business date reverses it out of available.
    LocalDate next = periodDay.plusDays(1);
    runSettlement(admin, next);
    Map<String, Object> s = settlement(next, educator);
    assertEquals(new BigDecimal("-14.00"), s.get("amount"));
    assertEquals(1, s.get("items"));
    assertEquals(
        1,
        count(
            "select count(*) from settlement_item where kind = 'REVERSAL' and amount = 14"
                + " and order_id = "
                + id));
    assertEquals(new BigDecimal("14.00"), balance("INSTRUCTOR_AVAILABLE", educator));

    // Once only: running that date again takes nothing more.
    runSettlement(admin, next);
    assertEquals(new BigDecimal("14.00"), balance("INSTRUCTOR_AVAILABLE", educator));
    assertEquals(
        1,
        count("select count(*) from settlement_item where kind = 'REVERSAL' and order_id = " + id));

    Books.assertBalanced();
  }

  @Test
  void aReversalTheBalanceCannotCoverWaitsAndNetsAgainstTheNextPeriod() throws Exception {
    String word = Actors.word("netting");
    WebSession admin = actors.admin();
    Sales.Seller seller = sales.seller(admin, "Netted " + word);
    String educatorEmail = seller.email();
    long educator = seller.id();
    String slug = seller.slug();
    String first = sales.paidOrder(admin, slug);
    runSettlement(admin, periodDay);
    // Everything available was paid out.
    PaidPayouts.book(server, educator, LedgerCurrency.USD, new BigDecimal("28.00"), word);
    refund(first, "20.00");

    // Nothing available to take the 14.00 from: it stays open.
    LocalDate next = periodDay.plusDays(1);
    runSettlement(admin, next);
    assertEquals(
        0,
        count(
            "select count(*) from settlement where business_date = date '"
                + next
                + "' and instructor_id = "
                + educator));
    assertEquals(new BigDecimal("0.00"), balance("INSTRUCTOR_AVAILABLE", educator));

    // The next period's sale settles and the open reversal nets against it.
    String second = sales.paidOrder(admin, slug);
    LocalDate after = periodDay.plusDays(2);
    runSettlement(admin, after);
    Map<String, Object> s = settlement(after, educator);
    assertEquals(new BigDecimal("14.00"), s.get("amount"));
    assertEquals(2, s.get("items"));
    assertEquals(new BigDecimal("28.00"), saleItem(second, educator));
    assertEquals(new BigDecimal("14.00"), balance("INSTRUCTOR_AVAILABLE", educator));
    runSettlement(admin, after);
    assertEquals(new BigDecimal("14.00"), settlement(after, educator).get("amount"));
    assertEquals(new BigDecimal("14.00"), balance("INSTRUCTOR_AVAILABLE", educator));

    Books.assertBalanced();
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Refunds through the admin API; {@code amount} null refunds everything left. */
  private void refund(String ref, String amount) {
    WebSession.Page r =
        sales.keyed(
            "POST",
            "/api/admin/orders/" + ref + "/refunds",
            amount == null
                ? "{\"reason\":\"Test refund\"}"
                : "{\"amount\":" + amount + ",\"reason\":\"Test refund\"}",
            Api.token(server, Accounts.ADMIN, Accounts.DEMO_PASSWORD));
    assertEquals(201, r.status(), r.body());
  }

  /** Runs settlement from the admin desk and waits until the page shows the run COMPLETED. */
  private void runSettlement(WebSession admin, LocalDate date) {
    WebSession.Page desk = admin.get("/admin/settlements.xhtml");
    WebSession.Page started =
        admin.submit(desk, "run", Map.of("run:businessDate", date.toString()), "run:start");
    assertTrue(started.body().contains("Settlement of " + date), started.body());
    RunsTable.awaitCompleted(
        admin, "/admin/settlements.xhtml", date, JOB_TIMEOUT, server.serverLog());
  }

  private Map<String, Object> settlement(LocalDate date, long instructor) throws Exception {
    List<Object[]> rows =
        rows(
            "select amount, items from settlement where business_date = date '"
                + date
                + "' and currency = 'USD' and instructor_id = "
                + instructor);
    assertEquals(1, rows.size(), "one settlement of " + date);
    return Map.of("amount", ((BigDecimal) rows.get(0)[0]).setScale(2), "items", rows.get(0)[1]);
  }

  /** The SALE item's amount for the order and instructor, or null when not settled. */
  private BigDecimal saleItem(String ref, long instructor) throws Exception {
    List<Object[]> rows =
        rows(
            "select i.amount from settlement_item i join purchase_order o on o.id = i.order_id"
                + " where i.kind = 'SALE' and o.reference = '"
                + ref
                + "' and i.instructor_id = "
                + instructor);
    return rows.isEmpty() ? null : ((BigDecimal) rows.get(0)[0]).setScale(2);
  }

  private BigDecimal balance(String kind, long owner) throws Exception {
    List<Object[]> rows =
        rows(
            "select balance from ledger_account where currency = 'USD' and kind = '"
                + kind
                + "' and owner_id = "
                + owner);
    return rows.isEmpty() ? new BigDecimal("0.00") : ((BigDecimal) rows.get(0)[0]).setScale(2);
  }

  private long orderId(String ref) throws Exception {
    return ((Number)
            rows("select id from purchase_order where reference = '" + ref + "'").get(0)[0])
        .longValue();
  }

  private long count(String sql) throws Exception {
    return ((Number) rows(sql).get(0)[0]).longValue();
  }

  private static List<Object[]> rows(String sql) {
    return Db.rows(sql);
  }
}
