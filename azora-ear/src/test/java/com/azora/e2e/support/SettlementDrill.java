package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The settlement run the kill drills interrupt: one seller with a few paid 40.00 sales (28.00 each
 * to them), each settled item slowed down by a test-only trigger so a kill lands mid-run, and what
 * an uninterrupted run leaves behind to compare with.
 */
public final class SettlementDrill {

  public static final String JOB = "earnings-settlement";
  private static final BigDecimal SHARE = new BigDecimal("28.00");

  private final Sales.Seller seller;
  private final LocalDate day;
  private final int orders;
  private final String reference;
  private final String slowDown;

  private SettlementDrill(Sales.Seller seller, LocalDate day, int orders, String reference) {
    this.seller = seller;
    this.day = day;
    this.orders = orders;
    this.reference = reference;
    this.slowDown = "drill_slow_" + seller.id();
  }

  /** A seller named {@code name} with {@code orders} paid sales, to settle on {@code day}. */
  public static SettlementDrill prepare(
      AzoraTestServer server, WebSession admin, String name, int orders, LocalDate day)
      throws Exception {
    Sales sales = new Sales(server);
    Sales.Seller seller = sales.seller(admin, name);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      String ref = sales.paidOrder(admin, seller.slug());
      ids.add(Long.parseLong(Db.one("select id from purchase_order where reference = ?", ref)));
    }
    String reference =
        ids.stream().sorted().map(id -> id + ":" + SHARE).collect(Collectors.joining(","));
    return new SettlementDrill(seller, day, orders, reference);
  }

  public Sales.Seller seller() {
    return seller;
  }

  public LocalDate day() {
    return day;
  }

  /** Each of this seller's settled items takes 1.5 s more to insert. */
  public void slowDown() {
    Db.ddl(
        "create function "
            + slowDown
            + "() returns trigger language plpgsql as $$ begin"
            + " if new.instructor_id = "
            + seller.id()
            + " then perform pg_sleep(1.5); end if; return new; end $$");
    Db.ddl(
        "create trigger "
            + slowDown
            + " before insert on settlement_item for each row execute function "
            + slowDown
            + "()");
  }

  public void speedUp() {
    Db.ddl("drop trigger if exists " + slowDown + " on settlement_item");
    Db.ddl("drop function if exists " + slowDown + "()");
  }

  /** Waits until at least {@code chunk} items committed, and not all of them. */
  public void awaitSettledItems(int chunk) throws InterruptedException {
    awaitSettledItems(chunk, Duration.ofSeconds(60));
  }

  /** Waits up to {@code limit} until at least {@code items} committed, and not all of them. */
  public void awaitSettledItems(int chunk, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    long settled = 0;
    while (Instant.now().isBefore(deadline)) {
      settled =
          Db.count("select count(*) from settlement_item where instructor_id = ?", seller.id());
      if (settled >= orders) {
        fail("the run finished before the kill; slow it down more");
      }
      if (settled >= chunk) {
        return;
      }
      Thread.sleep(100);
    }
    fail("not " + chunk + " items committed within " + limit + " (" + settled + " items)");
  }

  /** The guard row of the run: status, execution id, takeovers, node life, node. */
  public Object[] run() {
    return Db.rows(
            "select status, execution_id, takeovers, node_life, node from batch_run"
                + " where job_name = ? and business_date = ?",
            JOB,
            day)
        .get(0);
  }

  /** The first takeover: dead life, dead execution, live life, new execution, outcome, when. */
  public Object[] firstTakeover() {
    return takeovers().get(0);
  }

  /** Every takeover of the run, in order (columns as {@link #firstTakeover()}). */
  public List<Object[]> takeovers() {
    return Db.rows(
        "select dead_node, dead_execution_id, live_node, new_execution_id, outcome, taken_at"
            + " from batch_takeover where job_name = ? and business_date = ? order by id",
        JOB,
        day);
  }

  /** Waits up to {@code limit} for the run to complete; fails when a taken-over run failed. */
  public void awaitCompleted(Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    Object[] last = null;
    while (Instant.now().isBefore(deadline)) {
      last = run();
      if ("COMPLETED".equals(last[0])) {
        return;
      }
      if ("FAILED".equals(last[0]) && ((Number) last[2]).intValue() > 0) {
        fail("the taken-over run failed");
      }
      Thread.sleep(1000);
    }
    fail("settlement of " + day + " did not complete after the kill: " + List.of(last));
  }

  /**
   * The settlement rows and ledger postings are those of an uninterrupted run: each sale once, in
   * one settlement, its total moved once from pending to available; and the books balance.
   */
  public void assertSettledAsUninterrupted() {
    assertEquals(
        reference,
        Db.one(
            "select string_agg(order_id || ':' || cast(amount as numeric(38,2)), ','"
                + " order by order_id) from settlement_item where kind = 'SALE'"
                + " and instructor_id = ?",
            seller.id()));
    BigDecimal total = SHARE.multiply(BigDecimal.valueOf(orders));
    assertEquals(
        total + "|" + orders + "|1",
        Db.one(
            "select cast(s.amount as numeric(38,2)) || '|' || s.items || '|'"
                + " || (select count(distinct i.settlement_id) from settlement_item i"
                + " where i.instructor_id = s.instructor_id) from settlement s"
                + " where s.currency = 'USD' and s.business_date = ? and s.instructor_id = ?",
            day,
            seller.id()));
    assertEquals(BigDecimal.ZERO.setScale(2), balance("INSTRUCTOR_PENDING"));
    assertEquals(total, balance("INSTRUCTOR_AVAILABLE"));
    assertEquals(
        total,
        new BigDecimal(
                Db.one(
                    "select coalesce(sum(e.amount), 0) from ledger_entry e"
                        + " join ledger_account a on a.id = e.account_id"
                        + " where a.kind = 'INSTRUCTOR_AVAILABLE' and a.owner_id = ?"
                        + " and e.transaction_id in (select transaction_id from settlement_item"
                        + " where instructor_id = ?)",
                    seller.id(),
                    seller.id()))
            .setScale(2));
    Books.assertBalanced();
  }

  private BigDecimal balance(String kind) {
    List<Object[]> rows =
        Db.rows(
            "select balance from ledger_account where currency = 'USD' and kind = ?"
                + " and owner_id = ?",
            kind,
            seller.id());
    return rows.isEmpty()
        ? BigDecimal.ZERO.setScale(2)
        : ((BigDecimal) rows.get(0)[0]).setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
