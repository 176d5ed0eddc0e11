package com.azora.settlement.application;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payment.domain.RevenueSplit;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.security.Anonymous;
import com.azora.settlement.domain.SettlementRules;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settlement job's reads and writes: eligible sales and open receivables page by page (keyed by
 * id, never an offset), and per chunk one ledger posting plus the settlement rows, all in the
 * chunk's transaction. {@code @Anonymous} because the batch runtime has no signed-in user; the
 * writes are {@code MANDATORY} so only the job's chunk transaction reaches them.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SettlementBook {

  /** The ledger transaction type of a chunk's moves from pending to available. */
  public static final String SETTLEMENT = "EARNINGS_SETTLEMENT";

  /** The ledger transaction type of a chunk's reversals from available back to refunds. */
  public static final String REVERSAL = "EARNINGS_REVERSAL";

  /** Instructors (account pairs) per settlement posting; see {@link #settleSales}. */
  static final int INSTRUCTORS_PER_POSTING = 1_000;

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;

  /**
   * The next page of sales (order ids above {@code after}) the business date settles. The settled
   * check repeats the key bound ({@code i.order_id > ?1}): PostgreSQL merges the two id-ordered
   * indexes, and without the bound it reads every item settled below the page again for each page.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> eligibleSales(LocalDate businessDate, long after, int max) {
    Instant cutoff = SettlementRules.cutoff(businessDate, ConfigKey.REFUND_WINDOW_DAYS.asInt());
    return ids(
        em.createNativeQuery(
                "select o.id from purchase_order o where o.id > ?1 and o.paid_at < ?2"
                    + " and o.status in ('PAID', 'PARTIALLY_REFUNDED')"
                    + " and not exists (select 1 from settlement_item i"
                    + " where i.order_id = o.id and i.order_id > ?1 and i.kind = 'SALE')"
                    + " order by o.id limit ?3")
            .setParameter(1, after)
            .setParameter(2, Timestamp.from(cutoff))
            .setParameter(3, max)
            .getResultList());
  }

  /**
   * How many items a run of the business date has to do now: eligible sales plus open reversals.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long pendingItems(LocalDate businessDate) {
    Instant cutoff = SettlementRules.cutoff(businessDate, ConfigKey.REFUND_WINDOW_DAYS.asInt());
    Object n =
        em.createNativeQuery(
                "select (select count(*) from purchase_order o where o.paid_at < ?1"
                    + " and o.status in ('PAID', 'PARTIALLY_REFUNDED')"
                    + " and not exists (select 1 from settlement_item i"
                    + " where i.order_id = o.id and i.kind = 'SALE'))"
                    + " + (select count(*) from settlement_receivable r"
                    + " where not exists (select 1 from settlement_item i"
                    + " where i.receivable_id = r.id and i.kind = 'REVERSAL'))")
            .setParameter(1, Timestamp.from(cutoff))
            .getSingleResult();
    return ((Number) n).longValue();
  }

  /**
   * The next page of receivables (ids above {@code after}) not reversed yet; the reversal check
   * repeats the key bound, as {@link #eligibleSales} does.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> openReceivables(long after, int max) {
    return ids(
        em.createNativeQuery(
                "select r.id from settlement_receivable r where r.id > ?1"
                    + " and not exists (select 1 from settlement_item i where i.receivable_id = r.id"
                    + " and i.receivable_id > ?1 and i.kind = 'REVERSAL') order by r.id limit ?2")
            .setParameter(1, after)
            .setParameter(2, max)
            .getResultList());
  }

  /**
   * Settles the instructors' remaining shares of these sales for the business date; returns the
   * number of items written. Sales settled meanwhile, refunded in full or not eligible are skipped.
   */
  public int settleSales(LocalDate businessDate, List<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return 0;
    }
    // The chunk's ids go to each statement as one array parameter, not a literal list: a
    // 10,000-item list would be parsed and planned anew for every chunk.
    String chunk = csv(orderIds);
    // The lock refunds take: a refund racing this chunk either came first (and the remainder is
    // smaller) or comes after and sees the sale settled.
    List<?> orders =
        em.createNativeQuery(
                "select id, amount, refunded_amount, currency, paid_at, status from purchase_order"
                    + " where id = any(cast(string_to_array(?1, ',') as bigint[]))"
                    + " order by id for update")
            .setParameter(1, chunk)
            .getResultList();
    Set<Long> settled =
        Set.copyOf(
            ids(
                em.createNativeQuery(
                        "select distinct order_id from settlement_item where kind = 'SALE'"
                            + " and order_id = any(cast(string_to_array(?1, ',') as bigint[]))")
                    .setParameter(1, chunk)
                    .getResultList()));
    Map<Long, RevenueSplit> splits = saleSplits(orderIds);
    int window = ConfigKey.REFUND_WINDOW_DAYS.asInt();
    List<Item> items = new ArrayList<>();
    for (Object row : orders) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      LedgerCurrency cur = LedgerCurrency.of((String) r[3]);
      Instant paidAt = r[4] == null ? null : ((Timestamp) r[4]).toInstant();
      RevenueSplit split = splits.get(id);
      if (settled.contains(id)
          || split == null
          || !("PAID".equals(r[5]) || "PARTIALLY_REFUNDED".equals(r[5]))
          || !SettlementRules.eligible(paidAt, businessDate, window)) {
        continue;
      }
      SettlementRules.remainder(
              split, cur.exact((BigDecimal) r[1]), cur.exact((BigDecimal) r[2]), cur)
          .forEach((instructor, amount) -> items.add(new Item(id, instructor, cur, amount, null)));
    }
    if (items.isEmpty()) {
      return 0;
    }
    // One move per instructor and currency, not per item, and one posting per group of up to
    // 1,000 instructors (a whole chunk, usually): the ledger books a large posting with a fixed
    // number of statements and checks its balance once.
    Map<String, BigDecimal> totals = new TreeMap<>();
    Map<String, Item> firsts = new HashMap<>();
    for (Item i : items) {
      String account = account(i);
      totals.merge(account, i.amount, BigDecimal::add);
      firsts.putIfAbsent(account, i);
    }
    List<String> accounts = new ArrayList<>(totals.keySet());
    Map<String, Long> txs = new HashMap<>();
    for (int from = 0; from < accounts.size(); from += INSTRUCTORS_PER_POSTING) {
      List<String> group =
          accounts.subList(from, Math.min(from + INSTRUCTORS_PER_POSTING, accounts.size()));
      Set<String> members = Set.copyOf(group);
      List<Item> groupItems = items.stream().filter(i -> members.contains(account(i))).toList();
      Posting.Builder p =
          Posting.builder(
                  SETTLEMENT,
                  key(businessDate, "sale", groupItems),
                  "Earnings settled for " + businessDate)
              .meta("businessDate", businessDate)
              .meta("items", groupItems.size());
      boolean moves = false;
      for (String account : group) {
        BigDecimal total = totals.get(account);
        if (total.signum() == 0) {
          continue;
        }
        Item i = firsts.get(account);
        p.move(
            AccountRef.owned(AccountKind.INSTRUCTOR_PENDING, i.instructor, i.currency),
            AccountRef.owned(AccountKind.INSTRUCTOR_AVAILABLE, i.instructor, i.currency),
            total);
        moves = true;
      }
      if (moves) {
        long tx = ledger.post(p.build()).id();
        group.forEach(a -> txs.put(a, tx));
      }
    }
    write(businessDate, "SALE", items, i -> txs.get(account(i)), BigDecimal.ONE);
    return items.size();
  }

  /**
   * Takes these receivables back from the instructors' available balances (which already hold this
   * period's settled sales, so those net first) into RECEIVABLES; one the balance cannot cover
   * stays open for the next run. Returns the number reversed.
   */
  public int reverseReceivables(LocalDate businessDate, List<Long> receivableIds) {
    if (receivableIds.isEmpty()) {
      return 0;
    }
    List<?> rows =
        em.createNativeQuery(
                "select r.id, r.order_id, r.instructor_id, r.currency, r.amount"
                    + " from settlement_receivable r"
                    + " where r.id = any(cast(string_to_array(?1, ',') as bigint[]))"
                    + " and not exists (select 1 from settlement_item i"
                    + " where i.receivable_id = r.id and i.kind = 'REVERSAL') order by r.id")
            .setParameter(1, csv(receivableIds))
            .getResultList();
    Map<String, List<Item>> byAccount = new TreeMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      LedgerCurrency cur = LedgerCurrency.of((String) r[3]);
      Item item =
          new Item(
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              cur,
              cur.exact(((BigDecimal) r[4]).setScale(cur.scale())),
              ((Number) r[0]).longValue());
      byAccount.computeIfAbsent(item.instructor + ":" + cur, k -> new ArrayList<>()).add(item);
    }
    if (byAccount.isEmpty()) {
      return 0;
    }
    Map<String, BigDecimal> balances = lockAvailable(byAccount);
    List<Item> taken = new ArrayList<>();
    byAccount.forEach(
        (account, items) -> {
          List<BigDecimal> amounts = items.stream().map(Item::amount).toList();
          SettlementRules.coverable(balances.getOrDefault(account, BigDecimal.ZERO), amounts)
              .forEach(i -> taken.add(items.get(i)));
        });
    if (taken.isEmpty()) {
      return 0;
    }
    Posting.Builder p =
        Posting.builder(
                REVERSAL,
                key(businessDate, "reversal", taken),
                "Refunded earnings taken back on " + businessDate)
            .meta("businessDate", businessDate)
            .meta("items", taken.size());
    for (Item i : taken) {
      p.move(
          AccountRef.owned(AccountKind.INSTRUCTOR_AVAILABLE, i.instructor, i.currency),
          AccountRef.system(AccountKind.RECEIVABLES, i.currency),
          i.amount);
    }
    long tx = ledger.post(p.build()).id();
    write(businessDate, "REVERSAL", taken, i -> tx, BigDecimal.ONE.negate());
    return taken.size();
  }

  private record Item(
      long orderId, long instructor, LedgerCurrency currency, BigDecimal amount, Long receivable) {}

  /** Available balances of the accounts involved, locked in id order like the ledger locks. */
  private Map<String, BigDecimal> lockAvailable(Map<String, List<Item>> byAccount) {
    String owners =
        byAccount.values().stream()
            .map(l -> String.valueOf(l.get(0).instructor))
            .distinct()
            .collect(Collectors.joining(","));
    Map<String, BigDecimal> balances = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select owner_id, currency, balance from ledger_account"
                    + " where kind = 'INSTRUCTOR_AVAILABLE'"
                    + " and owner_id = any(cast(string_to_array(?1, ',') as bigint[]))"
                    + " order by id for update")
            .setParameter(1, owners)
            .getResultList()) {
      Object[] r = (Object[]) row;
      balances.put(((Number) r[0]).longValue() + ":" + r[1], (BigDecimal) r[2]);
    }
    return balances;
  }

  /**
   * The sales' booked splits (instructor shares and platform), read back from the ledger. Each
   * transaction's entries are read through their index ({@code offset 0} keeps the lateral subquery
   * a per-row lookup): with 10,000 keys PostgreSQL would otherwise hash-join a scan of the whole
   * entry table, which takes longer the larger the ledger grows.
   */
  private Map<Long, RevenueSplit> saleSplits(List<Long> orderIds) {
    String keys =
        orderIds.stream().map(id -> "order:" + id + ":paid").collect(Collectors.joining(","));
    Map<Long, Map<Long, BigDecimal>> instructors = new LinkedHashMap<>();
    Map<Long, BigDecimal> platform = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select t.idempotency_key, a.kind, a.owner_id, e.amount, e.currency"
                    + " from ledger_transaction t cross join lateral (select e.account_id,"
                    + " e.amount, e.currency from ledger_entry e where e.transaction_id = t.id"
                    + " offset 0) e join ledger_account a on a.id = e.account_id"
                    + " where t.idempotency_key = any(string_to_array(?1, ','))"
                    + " order by a.owner_id")
            .setParameter(1, keys)
            .getResultList()) {
      Object[] r = (Object[]) row;
      String key = (String) r[0];
      long order = Long.parseLong(key.substring(6, key.length() - 5));
      BigDecimal v = ((BigDecimal) r[3]).setScale(LedgerCurrency.of((String) r[4]).scale());
      if (AccountKind.INSTRUCTOR_PENDING.name().equals(r[1])) {
        instructors
            .computeIfAbsent(order, o -> new LinkedHashMap<>())
            .put(((Number) r[2]).longValue(), v);
      } else if (AccountKind.PLATFORM_REVENUE.name().equals(r[1])) {
        platform.put(order, v);
      }
    }
    Map<Long, RevenueSplit> splits = new HashMap<>();
    instructors.forEach(
        (order, parts) ->
            splits.put(
                order, new RevenueSplit(parts, platform.getOrDefault(order, BigDecimal.ZERO))));
    return splits;
  }

  /**
   * Adds the items to their settlements (one per business date, instructor and currency); {@code
   * sign} is +1 for sales, -1 for reversals.
   */
  private void write(
      LocalDate date,
      String kind,
      List<Item> items,
      java.util.function.Function<Item, Long> tx,
      BigDecimal sign) {
    Map<String, List<Item>> bySettlement = new TreeMap<>();
    items.forEach(
        i ->
            bySettlement
                .computeIfAbsent(i.instructor + ":" + i.currency, k -> new ArrayList<>())
                .add(i));
    // Two statements per chunk whatever its size: the settlements' totals in one upsert, then
    // every item in one insert, both reading their rows from arrays (numbers and currency codes
    // only, joined here, so nothing else can reach the SQL).
    List<String> instructors = new ArrayList<>();
    List<String> currencies = new ArrayList<>();
    List<String> amounts = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (List<Item> group : bySettlement.values()) {
      Item first = group.get(0);
      BigDecimal total = group.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      instructors.add(Long.toString(first.instructor));
      currencies.add(first.currency.name());
      amounts.add(total.multiply(sign).toPlainString());
      counts.add(Integer.toString(group.size()));
    }
    em.createNativeQuery(
            "insert into settlement (business_date, instructor_id, currency, amount, items)"
                + " select ?1, x.i, x.c, x.a, x.n from unnest("
                + "cast(string_to_array(?2, ',') as bigint[]), string_to_array(?3, ','),"
                + " cast(string_to_array(?4, ',') as numeric[]),"
                + " cast(string_to_array(?5, ',') as int[])) as x(i, c, a, n)"
                + " order by x.i, x.c"
                + " on conflict (business_date, instructor_id, currency) do update"
                + " set amount = settlement.amount + excluded.amount,"
                + " items = settlement.items + excluded.items, updated_at = now()")
        .setParameter(1, java.sql.Date.valueOf(date))
        .setParameter(2, String.join(",", instructors))
        .setParameter(3, String.join(",", currencies))
        .setParameter(4, String.join(",", amounts))
        .setParameter(5, String.join(",", counts))
        .executeUpdate();
    List<Item> ordered = bySettlement.values().stream().flatMap(List::stream).toList();
    em.createNativeQuery(
            "insert into settlement_item (settlement_id, kind, order_id, instructor_id,"
                + " receivable_id, amount, transaction_id)"
                + " select s.id, ?1, x.o, x.i, x.r, x.a, x.t"
                + " from unnest(cast(string_to_array(?2, ',', '') as bigint[]),"
                + " cast(string_to_array(?3, ',') as bigint[]),"
                + " cast(string_to_array(?4, ',') as bigint[]),"
                + " cast(string_to_array(?5, ',', '') as bigint[]),"
                + " cast(string_to_array(?6, ',') as numeric[]), string_to_array(?7, ','))"
                + " with ordinality as x(t, o, i, r, a, c, n)"
                + " join settlement s on s.business_date = ?8 and s.instructor_id = x.i"
                + " and s.currency = x.c order by x.n")
        .setParameter(1, kind)
        .setParameter(
            2, joined(ordered, i -> i.amount.signum() == 0 ? "" : String.valueOf(tx.apply(i))))
        .setParameter(3, joined(ordered, i -> Long.toString(i.orderId)))
        .setParameter(4, joined(ordered, i -> Long.toString(i.instructor)))
        .setParameter(5, joined(ordered, i -> i.receivable == null ? "" : i.receivable.toString()))
        .setParameter(6, joined(ordered, i -> i.amount.toPlainString()))
        .setParameter(7, joined(ordered, i -> i.currency.name()))
        .setParameter(8, java.sql.Date.valueOf(date))
        .executeUpdate();
  }

  private static String account(Item i) {
    return i.instructor + ":" + i.currency;
  }

  private static String joined(List<Item> items, java.util.function.Function<Item, String> f) {
    return items.stream().map(f).collect(Collectors.joining(","));
  }

  /**
   * A chunk's idempotency key from its content: a retried chunk books once, and a later chunk with
   * other items never collides with it.
   */
  private static String key(LocalDate date, String kind, List<Item> items) {
    String content =
        items.stream()
            .map(i -> i.orderId + ":" + i.instructor + ":" + i.receivable + ":" + i.amount)
            .sorted()
            .collect(Collectors.joining(","));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "settlement:" + date + ":" + kind + ":" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ids joined with commas, for an array parameter ({@code string_to_array}). */
  private static String csv(List<Long> ids) {
    return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
  }

  private static List<Long> ids(List<?> rows) {
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }
}
