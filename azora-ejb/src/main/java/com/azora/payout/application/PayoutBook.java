package com.azora.payout.application;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.Posting;
import com.azora.ledger.infrastructure.Ledger;
import com.azora.payout.domain.PayoutProvider;
import com.azora.payout.domain.PayoutProvider.PayoutRequest;
import com.azora.payout.domain.PayoutProvider.PayoutResult;
import com.azora.payout.domain.PayoutRules;
import com.azora.payout.infrastructure.PayoutProviders;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.platform.security.Anonymous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The payouts job's reads and writes, and the state changes an admin makes: each item's row and its
 * ledger posting in one transaction. Reserving moves the amount from the instructor's available
 * balance into PAYOUTS; paid moves it on to PROVIDER_CLEARING; a final failure returns it.
 * {@code @Anonymous} because the batch runtime has no signed-in user; the writes are {@code
 * MANDATORY} so only the job's chunk transaction or an authorised service reaches them.
 */
@Stateless
@Anonymous
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PayoutBook {

  /** Ledger types: reserved for a payout, paid out, returned after a final failure. */
  public static final String RESERVE = "PAYOUT";

  public static final String PAID = "PAYOUT_PAID";
  public static final String RETURNED = "PAYOUT_RETURNED";

  /**
   * Accounts worth paying out for the date's batch: at or above the threshold, with a usable payout
   * method, no open payout and none in this batch yet (a rerun plans nothing twice).
   */
  private static final String PAYABLE =
      " from ledger_account a where a.kind = 'INSTRUCTOR_AVAILABLE' and a.currency <> 'AZR'"
          + " and a.balance >= ?1 and exists (select 1 from payout_method m"
          + " where m.instructor_id = a.owner_id and (m.kind = 'BANK'"
          + " or (m.kind = 'STRIPE' and m.payouts_enabled and ?2)))"
          + " and not exists (select 1 from payout_item i where i.instructor_id = a.owner_id"
          + " and i.currency = a.currency and (i.status not in ('PAID', 'FAILED')"
          + " or i.batch_id = (select b.id from payout_batch b where b.business_date = ?3)))";

  @PersistenceContext private EntityManager em;
  @Inject private Ledger ledger;
  @Inject private PayoutProviders providers;
  @Inject private Clock clock;

  /** The next page of payable instructor accounts (ids above {@code after}). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> payableAccounts(LocalDate businessDate, long after, int max) {
    return ids(
        em.createNativeQuery("select a.id" + PAYABLE + " and a.id > ?4 order by a.id limit ?5")
            .setParameter(1, threshold())
            .setParameter(2, providers.stripe().configured())
            .setParameter(3, Date.valueOf(businessDate))
            .setParameter(4, after)
            .setParameter(5, max)
            .getResultList());
  }

  /** Items a run of the date has left: accounts to plan plus items to send. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long pendingItems(LocalDate businessDate) {
    Object n =
        em.createNativeQuery(
                "select (select count(*)"
                    + PAYABLE
                    + ") + (select count(*) from payout_item i join payout_batch b"
                    + " on b.id = i.batch_id where b.business_date = ?3"
                    + " and i.status in ('PENDING', 'RETRY'))")
            .setParameter(1, threshold())
            .setParameter(2, providers.stripe().configured())
            .setParameter(3, Date.valueOf(businessDate))
            .getSingleResult();
    return ((Number) n).longValue();
  }

  /** The next page of the date's items due to be sent (ids above {@code after}). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> dueItems(LocalDate businessDate, long after, int max) {
    return ids(
        em.createNativeQuery(
                "select i.id from payout_item i join payout_batch b on b.id = i.batch_id"
                    + " where b.business_date = ?1 and i.id > ?2"
                    + " and i.status in ('PENDING', 'RETRY')"
                    + " and (i.next_attempt_at is null or i.next_attempt_at <= ?3)"
                    + " order by i.id limit ?4")
            .setParameter(1, Date.valueOf(businessDate))
            .setParameter(2, after)
            .setParameter(3, Timestamp.from(clock.instant()))
            .setParameter(4, max)
            .getResultList());
  }

  /** Business dates with items waiting for a retry that is due now, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<LocalDate> datesWithDueRetries() {
    return ((List<?>)
            em.createNativeQuery(
                    "select distinct b.business_date from payout_item i join payout_batch b"
                        + " on b.id = i.batch_id where i.status = 'RETRY'"
                        + " and i.next_attempt_at <= ?1 order by 1")
                .setParameter(1, Timestamp.from(clock.instant()))
                .getResultList())
        .stream().map(d -> ((Date) d).toLocalDate()).toList();
  }

  /**
   * Plans payouts of these accounts into the date's batch (created when absent): one item each, its
   * amount reserved in the ledger. Accounts no longer payable are skipped. Returns items made.
   */
  public int reserve(LocalDate businessDate, List<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return 0;
    }
    long batchId = batch(businessDate);
    BigDecimal threshold = threshold();
    boolean stripeOn = providers.stripe().configured();
    int made = 0;
    for (Long accountId : accountIds) {
      List<?> rows =
          em.createNativeQuery(
                  "select a.owner_id, a.currency, a.balance, m.kind, m.stripe_account,"
                      + " m.payouts_enabled"
                      + PAYABLE.replace(
                          " from ledger_account a",
                          " from ledger_account a join payout_method m on m.instructor_id ="
                              + " a.owner_id")
                      + " and a.id = ?4 for update of a")
              .setParameter(1, threshold)
              .setParameter(2, stripeOn)
              .setParameter(3, Date.valueOf(businessDate))
              .setParameter(4, accountId)
              .getResultList();
      if (rows.isEmpty()) {
        continue;
      }
      Object[] r = (Object[]) rows.get(0);
      long instructor = ((Number) r[0]).longValue();
      LedgerCurrency cur = LedgerCurrency.of((String) r[1]);
      Optional<BigDecimal> amount = PayoutRules.payable((BigDecimal) r[2], cur, threshold);
      if (amount.isEmpty()) {
        continue;
      }
      boolean stripe = "STRIPE".equals(r[3]);
      long itemId =
          ((Number) em.createNativeQuery("select nextval('payout_item_id_seq')").getSingleResult())
              .longValue();
      long tx =
          ledger
              .post(
                  Posting.builder(
                          RESERVE,
                          "payout:item:" + itemId + ":reserve",
                          "Payout " + PayoutRules.reference(itemId) + " reserved")
                      .meta("payoutItemId", itemId)
                      .meta("businessDate", businessDate)
                      .move(
                          AccountRef.owned(AccountKind.INSTRUCTOR_AVAILABLE, instructor, cur),
                          AccountRef.system(AccountKind.PAYOUTS, cur),
                          amount.get())
                      .build())
              .id();
      em.createNativeQuery(
              "insert into payout_item (id, batch_id, instructor_id, currency, amount, provider,"
                  + " destination, reserve_tx) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
          .setParameter(1, itemId)
          .setParameter(2, batchId)
          .setParameter(3, instructor)
          .setParameter(4, cur.name())
          .setParameter(5, amount.get())
          .setParameter(6, stripe ? "stripe" : "bank")
          .setParameter(7, stripe ? (String) r[4] : null)
          .setParameter(8, tx)
          .executeUpdate();
      made++;
    }
    refreshBatch(batchId);
    return made;
  }

  /**
   * Sends these items (those still due), each with its idempotency key, and books the outcome.
   * Returns the number sent.
   */
  public int send(List<Long> itemIds) {
    int sent = 0;
    for (Long id : itemIds) {
      Item item = lock(id);
      if (item == null || !("PENDING".equals(item.status) || "RETRY".equals(item.status))) {
        continue;
      }
      PayoutProvider provider = providers.byName(item.provider);
      PayoutResult result;
      try {
        result =
            provider.send(
                new PayoutRequest(
                    item.id, item.batchId, item.instructor, item.currency, item.amount, item.dest));
      } catch (DomainException e) {
        // The provider is not usable now (e.g. Stripe's key removed): try again later.
        result = new PayoutResult(PayoutProvider.Status.RETRY, null, e.getMessage());
      }
      int attempts = item.attempts + 1;
      switch (result.status()) {
        case PAID -> paid(item, attempts, result.providerRef(), null);
        case AWAITING_CONFIRMATION ->
            update(item.id, "AWAITING", attempts, null, null, result.providerRef());
        case RETRY -> {
          if (PayoutRules.exhausted(attempts, ConfigKey.PAYOUTS_MAX_ATTEMPTS.asInt())) {
            returned(
                item, attempts, "Gave up after " + attempts + " attempts: " + result.message());
          } else {
            Instant next =
                PayoutRules.nextAttempt(
                    clock.instant(),
                    attempts,
                    Duration.ofMinutes(ConfigKey.PAYOUTS_BACKOFF_CAP_MINUTES.asInt()));
            update(item.id, "RETRY", attempts, next, result.message(), result.providerRef());
          }
        }
        case FAILED -> returned(item, attempts, result.message());
      }
      sent++;
    }
    return sent;
  }

  /** An admin confirms the bank paid an item handed over for transfer. */
  public void confirmPaid(long itemId, long adminId) {
    Item item = lock(itemId);
    if (item == null) {
      throw DomainException.notFound("No such payout.");
    }
    if (!"AWAITING".equals(item.status)) {
      throw DomainException.conflict(
          "status",
          "Only a payout handed to the bank can be confirmed; this one is " + item.status);
    }
    paid(item, item.attempts, item.providerRef, adminId);
  }

  /** An admin marks an item failed (returned by the bank, or given up): the money goes back. */
  public void markFailed(long itemId, String reason, long adminId) {
    Item item = lock(itemId);
    if (item == null) {
      throw DomainException.notFound("No such payout.");
    }
    if ("PAID".equals(item.status) || "FAILED".equals(item.status)) {
      throw DomainException.conflict("status", "This payout is already " + item.status + ".");
    }
    returned(item, item.attempts, reason);
  }

  /** An admin asks for a waiting retry to be due now; false when the item is not waiting. */
  public boolean retryNow(long itemId) {
    return em.createNativeQuery(
                "update payout_item set next_attempt_at = ?2, updated_at = now()"
                    + " where id = ?1 and status = 'RETRY'")
            .setParameter(1, itemId)
            .setParameter(2, Timestamp.from(clock.instant()))
            .executeUpdate()
        == 1;
  }

  private void paid(Item item, int attempts, String providerRef, Long actor) {
    long tx =
        ledger
            .post(
                Posting.builder(
                        PAID,
                        "payout:item:" + item.id + ":paid",
                        "Payout " + PayoutRules.reference(item.id) + " paid")
                    .actor(actor)
                    .meta("payoutItemId", item.id)
                    .move(
                        AccountRef.system(AccountKind.PAYOUTS, item.currency),
                        AccountRef.system(AccountKind.PROVIDER_CLEARING, item.currency),
                        item.amount)
                    .build())
            .id();
    em.createNativeQuery(
            "update payout_item set status = 'PAID', attempts = ?2,"
                + " provider_ref = cast(?3 as varchar),"
                + " settle_tx = ?4, paid_at = now(), next_attempt_at = null, last_error = null,"
                + " updated_at = now() where id = ?1")
        .setParameter(1, item.id)
        .setParameter(2, attempts)
        .setParameter(3, providerRef)
        .setParameter(4, tx)
        .executeUpdate();
    refreshBatch(item.batchId);
  }

  private void returned(Item item, int attempts, String reason) {
    long tx =
        ledger
            .post(
                Posting.builder(
                        RETURNED,
                        "payout:item:" + item.id + ":returned",
                        "Payout " + PayoutRules.reference(item.id) + " failed, returned")
                    .meta("payoutItemId", item.id)
                    .move(
                        AccountRef.system(AccountKind.PAYOUTS, item.currency),
                        AccountRef.owned(
                            AccountKind.INSTRUCTOR_AVAILABLE, item.instructor, item.currency),
                        item.amount)
                    .build())
            .id();
    em.createNativeQuery(
            "update payout_item set status = 'FAILED', attempts = ?2,"
                + " last_error = cast(?3 as varchar),"
                + " settle_tx = ?4, next_attempt_at = null, updated_at = now() where id = ?1")
        .setParameter(1, item.id)
        .setParameter(2, attempts)
        .setParameter(3, truncate(reason))
        .setParameter(4, tx)
        .executeUpdate();
    refreshBatch(item.batchId);
  }

  /** A batch is DONE once every item is paid or failed (a rerun may add items: OPEN again). */
  private void refreshBatch(long batchId) {
    em.createNativeQuery(
            "update payout_batch b set status = case when exists (select 1 from payout_item i"
                + " where i.batch_id = b.id and i.status not in ('PAID', 'FAILED'))"
                + " then 'OPEN' else 'DONE' end where b.id = ?1")
        .setParameter(1, batchId)
        .executeUpdate();
  }

  private void update(
      long id, String status, int attempts, Instant next, String error, String providerRef) {
    em.createNativeQuery(
            // Casts: a null parameter is bound untyped.
            "update payout_item set status = ?2, attempts = ?3,"
                + " next_attempt_at = cast(?4 as timestamptz), last_error = cast(?5 as varchar),"
                + " provider_ref = coalesce(cast(?6 as varchar), provider_ref), updated_at = now()"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, status)
        .setParameter(3, attempts)
        .setParameter(4, next == null ? null : Timestamp.from(next))
        .setParameter(5, truncate(error))
        .setParameter(6, providerRef)
        .executeUpdate();
  }

  private record Item(
      long id,
      long batchId,
      long instructor,
      LedgerCurrency currency,
      BigDecimal amount,
      String provider,
      String dest,
      String status,
      int attempts,
      String providerRef) {}

  private Item lock(long id) {
    List<?> rows =
        em.createNativeQuery(
                "select id, batch_id, instructor_id, currency, amount, provider, destination,"
                    + " status, attempts, provider_ref from payout_item where id = ?1 for update")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    LedgerCurrency cur = LedgerCurrency.of((String) r[3]);
    return new Item(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        cur,
        cur.round((BigDecimal) r[4]),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        ((Number) r[8]).intValue(),
        (String) r[9]);
  }

  private long batch(LocalDate businessDate) {
    em.createNativeQuery(
            "insert into payout_batch (business_date) values (?1)"
                + " on conflict (business_date) do nothing")
        .setParameter(1, Date.valueOf(businessDate))
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select id from payout_batch where business_date = ?1")
                .setParameter(1, Date.valueOf(businessDate))
                .getSingleResult())
        .longValue();
  }

  static BigDecimal threshold() {
    return ConfigKey.PAYOUTS_THRESHOLD.asDecimal();
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 500 ? s : s.substring(0, 500);
  }

  private static List<Long> ids(List<?> rows) {
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }
}
