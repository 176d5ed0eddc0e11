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
 * move what. Locks are taken in one order everywhere: accounts by id, then the chain head, so
 * concurrent postings queue instead of deadlocking, and each joins the hash chain in id order.
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
    Optional<PostedTransaction> replay = replay(posting);
    if (replay.isPresent()) {
      return replay.get();
    }
    record Line(AccountRef ref, long accountId, BigDecimal amount) {}
    List<Line> lines = new ArrayList<>();
    for (Posting.Entry e : posting.entries()) {
      lines.add(new Line(e.account(), account(e.account()), e.amount()));
    }
    lines.sort(Comparator.comparingLong(Line::accountId));
    List<BigDecimal> after = new ArrayList<>();
    for (Line l : lines) {
      BigDecimal balance =
          (BigDecimal)
              em.createNativeQuery("select balance from ledger_account where id = ?1 for update")
                  .setParameter(1, l.accountId())
                  .getSingleResult();
      BigDecimal next = balance.add(l.amount());
      if (l.ref().kind().owned() && next.signum() < 0) {
        throw DomainException.conflict(
            "amount", INSUFFICIENT + ": this would take the balance below zero.");
      }
      after.add(next);
    }
    Object[] head =
        (Object[])
            em.createNativeQuery("select last_hash, 1 from ledger_chain where id = 1 for update")
                .getSingleResult();
    // A concurrent post with the same key may have committed while this one waited for the head.
    replay = replay(posting);
    if (replay.isPresent()) {
      return replay.get();
    }
    String previous = ((String) head[0]).trim();
    long id =
        ((Number)
                em.createNativeQuery("select nextval('ledger_transaction_id_seq')")
                    .getSingleResult())
            .longValue();
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    String metadata = ChainHash.metadataJson(posting.metadata());
    List<ChainHash.Line> hashed = new ArrayList<>();
    lines.forEach(
        l -> hashed.add(new ChainHash.Line(l.accountId(), l.ref().currency().name(), l.amount())));
    String hash =
        ChainHash.of(
            previous,
            new ChainHash.Content(
                id,
                posting.type(),
                posting.idempotencyKey(),
                now,
                posting.actorId(),
                reversesId,
                posting.description(),
                metadata,
                hashed));
    em.createNativeQuery(
            "insert into ledger_transaction (id, type, description, metadata, actor_id,"
                + " idempotency_key, fingerprint, reverses_id, created_at, prev_hash, hash)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as bigint), ?6, ?7, cast(?8 as bigint), ?9,"
                + " ?10, ?11)")
        .setParameter(1, id)
        .setParameter(2, posting.type())
        .setParameter(3, posting.description())
        .setParameter(4, metadata)
        .setParameter(5, posting.actorId())
        .setParameter(6, posting.idempotencyKey())
        .setParameter(7, posting.fingerprint())
        .setParameter(8, reversesId)
        .setParameter(9, Timestamp.from(now))
        .setParameter(10, previous)
        .setParameter(11, hash)
        .executeUpdate();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      em.createNativeQuery(
              "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                  + " balance_after) values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, id)
          .setParameter(2, l.accountId())
          .setParameter(3, l.ref().currency().name())
          .setParameter(4, l.amount())
          .setParameter(5, after.get(i))
          .executeUpdate();
      em.createNativeQuery("update ledger_account set balance = ?1, updated_at = ?2 where id = ?3")
          .setParameter(1, after.get(i))
          .setParameter(2, Timestamp.from(now))
          .setParameter(3, l.accountId())
          .executeUpdate();
    }
    em.createNativeQuery(
            "update ledger_chain set last_transaction_id = ?1, last_hash = ?2 where id = 1")
        .setParameter(1, id)
        .setParameter(2, hash)
        .executeUpdate();
    return new PostedTransaction(id, hash, false);
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
    return Optional.of(new PostedTransaction(found.get().id(), found.get().hash(), true));
  }

  private record Existing(long id, String hash, String fingerprint) {}

  private Optional<Existing> existing(String key) {
    List<?> rows =
        em.createNativeQuery(
                "select id, hash, fingerprint from ledger_transaction where idempotency_key = ?1")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new Existing(((Number) r[0]).longValue(), ((String) r[1]).trim(), (String) r[2]));
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
