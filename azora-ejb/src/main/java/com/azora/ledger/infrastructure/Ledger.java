package com.azora.ledger.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Books postings. It joins the caller's transaction ({@code MANDATORY}) so the money moves
 * atomically with the business change that caused it, and trusts its caller to have decided who may
 * move what. Accounts are locked in id order everywhere, so concurrent postings queue instead of
 * deadlocking. Postings are booked unsealed; {@link ChainSealing} joins them to the hash chain
 * after they commit, so no posting waits for another one it shares no account with. A CDI bean, not
 * an EJB: its callers are EJBs that hold the transaction, and each EJB call cost the transfer API
 * about 2 % of its CPU (a transfer makes two).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

  static final String INSUFFICIENT = "Insufficient balance";

  /** Postings of up to this many entries move each account with its own statement. */
  static final int SMALL_POSTING = 4;

  /** One entry of a posting being booked: its account, the account's id and the amount. */
  private record Line(AccountRef ref, long accountId, BigDecimal amount) {}

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
    if (lines.size() <= SMALL_POSTING) {
      moveEach(id, lines, now);
    } else {
      moveAll(id, lines, now);
    }
    return new PostedTransaction(id, false);
  }

  /**
   * A small posting (a transfer, a sale): each account is locked in id order, moved and refused
   * below zero by one statement, and the entries go in with one insert.
   */
  private void moveEach(long id, List<Line> lines, Instant now) {
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
        throw insufficient(l);
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
  }

  /**
   * A large posting (a settlement chunk of many instructors) in three statements whatever its size:
   * lock its accounts in id order, move every balance (refusing an owned one below zero) with one
   * update, and insert every entry with one insert. The arrays carry numbers, booleans and currency
   * codes only, joined here.
   */
  private void moveAll(long id, List<Line> lines, Instant now) {
    String ids = joined(lines, l -> Long.toString(l.accountId()));
    em.createNativeQuery(
            "select id from ledger_account where id = any(cast(string_to_array(?1, ',') as"
                + " bigint[])) order by id for update")
        .setParameter(1, ids)
        .getResultList();
    List<?> moved =
        em.createNativeQuery(
                "update ledger_account a set balance = a.balance + x.amount, updated_at = ?4"
                    + " from unnest(cast(string_to_array(?1, ',') as bigint[]),"
                    + " cast(string_to_array(?2, ',') as numeric[]),"
                    + " cast(string_to_array(?3, ',') as boolean[])) as x(id, amount, owned)"
                    + " where a.id = x.id and (not x.owned or a.balance + x.amount >= 0)"
                    + " returning a.id, a.balance")
            .setParameter(1, ids)
            .setParameter(2, joined(lines, l -> l.amount().toPlainString()))
            .setParameter(3, joined(lines, l -> Boolean.toString(l.ref().kind().owned())))
            .setParameter(4, Timestamp.from(now))
            .getResultList();
    Map<Long, BigDecimal> after = new HashMap<>();
    for (Object row : moved) {
      Object[] r = (Object[]) row;
      after.put(((Number) r[0]).longValue(), (BigDecimal) r[1]);
    }
    for (Line l : lines) {
      if (!after.containsKey(l.accountId())) {
        throw insufficient(l);
      }
    }
    em.createNativeQuery(
            "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                + " balance_after) select ?1, x.a, x.c, x.m, x.b"
                + " from unnest(cast(string_to_array(?2, ',') as bigint[]),"
                + " string_to_array(?3, ','), cast(string_to_array(?4, ',') as numeric[]),"
                + " cast(string_to_array(?5, ',') as numeric[])) as x(a, c, m, b)")
        .setParameter(1, id)
        .setParameter(2, ids)
        .setParameter(3, joined(lines, l -> l.ref().currency().name()))
        .setParameter(4, joined(lines, l -> l.amount().toPlainString()))
        .setParameter(5, joined(lines, l -> after.get(l.accountId()).toPlainString()))
        .executeUpdate();
  }

  private static String joined(List<Line> lines, Function<Line, String> part) {
    return lines.stream().map(part).collect(Collectors.joining(","));
  }

  private DomainException insufficient(Line l) {
    return DomainException.conflict(
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

  /** The accounts' ids in the order given, opening those that do not exist yet. */
  private List<Long> accounts(List<AccountRef> refs) {
    if (refs.size() > SMALL_POSTING) {
      return manyAccounts(refs);
    }
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

  /** As {@link #accounts}, for many: one lookup by the identity index, whatever their number. */
  private List<Long> manyAccounts(List<AccountRef> refs) {
    List<?> found =
        em.createNativeQuery(
                "select x.n, a.id from unnest(string_to_array(?1, ','),"
                    + " cast(string_to_array(?2, ',') as bigint[]), string_to_array(?3, ','))"
                    + " with ordinality as x(k, o, c, n)"
                    + " join ledger_account a on a.kind = x.k and coalesce(a.owner_id, 0) = x.o"
                    + " and a.currency = x.c")
            .setParameter(
                1, refs.stream().map(r -> r.kind().name()).collect(Collectors.joining(",")))
            .setParameter(
                2,
                refs.stream()
                    .map(r -> Long.toString(r.ownerId() == null ? 0L : r.ownerId()))
                    .collect(Collectors.joining(",")))
            .setParameter(
                3, refs.stream().map(r -> r.currency().name()).collect(Collectors.joining(",")))
            .getResultList();
    Long[] ids = new Long[refs.size()];
    for (Object row : found) {
      Object[] r = (Object[]) row;
      ids[((Number) r[0]).intValue() - 1] = ((Number) r[1]).longValue();
    }
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      out.add(ids[i] != null ? ids[i] : account(refs.get(i)));
    }
    return out;
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
