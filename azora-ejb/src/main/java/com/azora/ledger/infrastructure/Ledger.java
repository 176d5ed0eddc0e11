package com.azora.ledger.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.platform.error.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Books postings. It joins the caller's transaction ({@code MANDATORY}) so the money moves
 * atomically with the business change that caused it, and trusts its caller to have decided who may
 * move what. Accounts are locked in id order everywhere, so concurrent postings queue instead of
 * deadlocking. Postings are booked unsealed; {@link ChainSealing} joins them to the hash chain
 * after they commit, so no posting waits for another one it shares no account with.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Ledger {

  static final String INSUFFICIENT = "Insufficient balance";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Books the posting, or returns the one already booked under its idempotency key. */
  public PostedTransaction post(Posting posting) {
    return book(posting, null);
  }

  /** Books a transaction that undoes {@code transactionId} entry by entry. */
  public PostedTransaction reverse(
      long transactionId, String idempotencyKey, String description, Long actorId) {
    List<?> rows =
        em.createNativeQuery(
                "select a.kind, a.owner_id, a.currency, e.amount from ledger_entry e"
                    + " join ledger_account a on a.id = e.account_id"
                    + " where e.transaction_id = ?1 order by a.id")
            .setParameter(1, transactionId)
            .getResultList();
    if (rows.isEmpty()) {
      throw DomainException.notFound("No ledger transaction " + transactionId + ".");
    }
    Posting.Builder b =
        Posting.builder("REVERSAL", idempotencyKey, description)
            .actor(actorId)
            .meta("reverses", transactionId);
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      AccountKind kind = AccountKind.valueOf((String) r[0]);
      Long owner = r[1] == null ? null : ((Number) r[1]).longValue();
      LedgerCurrency currency = LedgerCurrency.of((String) r[2]);
      BigDecimal amount = ((BigDecimal) r[3]).setScale(currency.scale());
      b.entry(new AccountRef(kind, owner, currency), amount.negate());
    }
    return book(b.build(), transactionId);
  }

  /** The account's balance; zero for an account never used. */
  public BigDecimal balance(AccountRef ref) {
    List<?> rows =
        em.createNativeQuery(
                "select balance from ledger_account where kind = ?1"
                    + " and coalesce(owner_id, 0) = ?2 and currency = ?3")
            .setParameter(1, ref.kind().name())
            .setParameter(2, ref.ownerId() == null ? 0L : ref.ownerId())
            .setParameter(3, ref.currency().name())
            .getResultList();
    BigDecimal b = rows.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rows.get(0);
    return b.setScale(ref.currency().scale());
  }

  /** The transaction booked under an idempotency key, if any. */
  public Optional<Long> transactionId(String idempotencyKey) {
    return existing(idempotencyKey).map(Existing::id);
  }

  /** The account's id, opening it when it does not exist yet. */
  public long account(AccountRef ref) {
    Optional<Long> id = findAccount(ref);
    if (id.isPresent()) {
      return id.get();
    }
    List<?> inserted =
        em.createNativeQuery(
                "insert into ledger_account (kind, owner_id, currency)"
                    + " values (?1, cast(?2 as bigint), ?3) on conflict do nothing returning id")
            .setParameter(1, ref.kind().name())
            .setParameter(2, ref.ownerId())
            .setParameter(3, ref.currency().name())
            .getResultList();
    if (!inserted.isEmpty()) {
      return ((Number) inserted.get(0)).longValue();
    }
    // Another transaction opened it meanwhile; this new statement sees it.
    return findAccount(ref).orElseThrow();
  }

  private PostedTransaction book(Posting posting, Long reversesId) {
    record Line(AccountRef ref, long accountId, BigDecimal amount) {}
    List<Posting.Entry> entries = posting.entries();
    List<Long> ids = accounts(entries.stream().map(Posting.Entry::account).toList());
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      lines.add(new Line(entries.get(i).account(), ids.get(i), entries.get(i).amount()));
    }
    lines.sort(Comparator.comparingLong(Line::accountId));
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    // The unique key decides a race between two identical postings: the second waits for the
    // first to commit, inserts nothing and replays it.
    List<?> inserted =
        em.createNativeQuery(
                "insert into ledger_transaction (type, description, metadata, actor_id,"
                    + " idempotency_key, fingerprint, reverses_id, created_at)"
                    + " values (?1, ?2, ?3, cast(?4 as bigint), ?5, ?6, cast(?7 as bigint), ?8)"
                    + " on conflict (idempotency_key) do nothing returning id")
            .setParameter(1, posting.type())
            .setParameter(2, posting.description())
            .setParameter(3, ChainHash.metadataJson(posting.metadata()))
            .setParameter(4, posting.actorId())
            .setParameter(5, posting.idempotencyKey())
            .setParameter(6, posting.fingerprint())
            .setParameter(7, reversesId)
            .setParameter(8, Timestamp.from(now))
            .getResultList();
    if (inserted.isEmpty()) {
      return replay(posting)
          .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
    }
    long id = ((Number) inserted.get(0)).longValue();
    // Locks each account (in id order, so concurrent postings queue instead of deadlocking),
    // moves its balance and refuses to take an owned account below zero, in one statement.
    StringBuilder values = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Line l : lines) {
      List<?> after =
          em.createNativeQuery(
                  "update ledger_account set balance = balance + ?1, updated_at = ?2"
                      + " where id = ?3 and (not ?4 or balance + ?1 >= 0) returning balance")
              .setParameter(1, l.amount())
              .setParameter(2, Timestamp.from(now))
              .setParameter(3, l.accountId())
              .setParameter(4, l.ref().kind().owned())
              .getResultList();
      if (after.isEmpty()) {
        throw DomainException.conflict(
            "amount",
            INSUFFICIENT
                + ": the balance is "
                + balance(l.ref()).toPlainString()
                + " "
                + l.ref().currency().name()
                + " and this needs "
                + l.amount().negate().toPlainString()
                + " "
                + l.ref().currency().name()
                + ".");
      }
      int p = params.size();
      values
          .append(values.isEmpty() ? "" : ", ")
          .append("(?")
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ?")
          .append(p + 3)
          .append(", ?")
          .append(p + 4)
          .append(", ?")
          .append(p + 5)
          .append(")");
      params.addAll(
          List.of(id, l.accountId(), l.ref().currency().name(), l.amount(), after.get(0)));
    }
    var insert =
        em.createNativeQuery(
            "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                + " balance_after) values "
                + values);
    for (int i = 0; i < params.size(); i++) {
      insert.setParameter(i + 1, params.get(i));
    }
    insert.executeUpdate();
    return new PostedTransaction(id, false);
  }

  /** The accounts' ids in the order given, opening those that do not exist yet. */
  private List<Long> accounts(List<AccountRef> refs) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < refs.size(); i++) {
      where
          .append(i == 0 ? "" : " or ")
          .append("(kind = ?")
          .append(3 * i + 1)
          .append(" and coalesce(owner_id, 0) = ?")
          .append(3 * i + 2)
          .append(" and currency = ?")
          .append(3 * i + 3)
          .append(")");
    }
    var query =
        em.createNativeQuery(
            "select id, kind, coalesce(owner_id, 0), currency from ledger_account where " + where);
    for (int i = 0; i < refs.size(); i++) {
      AccountRef ref = refs.get(i);
      query
          .setParameter(3 * i + 1, ref.kind().name())
          .setParameter(3 * i + 2, ref.ownerId() == null ? 0L : ref.ownerId())
          .setParameter(3 * i + 3, ref.currency().name());
    }
    List<Long> ids = new ArrayList<>();
    List<?> found = query.getResultList();
    for (AccountRef ref : refs) {
      Long id = null;
      for (Object row : found) {
        Object[] r = (Object[]) row;
        if (ref.kind().name().equals(r[1])
            && (ref.ownerId() == null ? 0L : ref.ownerId()) == ((Number) r[2]).longValue()
            && ref.currency().name().equals(((String) r[3]).trim())) {
          id = ((Number) r[0]).longValue();
        }
      }
      ids.add(id != null ? id : account(ref));
    }
    return ids;
  }

  private Optional<PostedTransaction> replay(Posting posting) {
    Optional<Existing> found = existing(posting.idempotencyKey());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (!found.get().fingerprint().equals(posting.fingerprint())) {
      throw DomainException.conflict(
          "idempotencyKey", "This idempotency key was already used for a different transaction.");
    }
    return Optional.of(new PostedTransaction(found.get().id(), true));
  }

  private record Existing(long id, String fingerprint) {}

  private Optional<Existing> existing(String key) {
    List<?> rows =
        em.createNativeQuery(
                "select id, fingerprint from ledger_transaction where idempotency_key = ?1")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Existing(((Number) r[0]).longValue(), (String) r[1]));
  }

  private Optional<Long> findAccount(AccountRef ref) {
    List<?> rows =
        em.createNativeQuery(
                "select id from ledger_account where kind = ?1 and coalesce(owner_id, 0) = ?2"
                    + " and currency = ?3")
            .setParameter(1, ref.kind().name())
            .setParameter(2, ref.ownerId() == null ? 0L : ref.ownerId())
            .setParameter(3, ref.currency().name())
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
  }
}
