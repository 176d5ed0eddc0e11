package com.azora.ledger.infrastructure;

import com.azora.ledger.domain.AccountKind;
import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.LedgerCurrency;
import com.azora.ledger.domain.PostedTransaction;
import com.azora.ledger.domain.Posting;
import com.azora.platform.error.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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
import javax.sql.DataSource;

/**
 * Books postings. It joins the caller's transaction ({@code MANDATORY}) so the money moves
 * atomically with the business change that caused it, and trusts its caller to have decided who may
 * move what. Accounts are locked in id order everywhere, so concurrent postings queue instead of
 * deadlocking. Postings are booked unsealed; {@link ChainSealing} joins them to the hash chain
 * after they commit, so no posting waits for another one it shares no account with.
 *
 * <p>A CDI bean, not an EJB: its callers are EJBs that hold the transaction, and each EJB call cost
 * the transfer API about 2 % of its CPU (a transfer makes two). It speaks plain JDBC on the
 * transaction's connection (Payara hands every lookup in one transaction the same connection):
 * EclipseLink's native queries cost a transfer about 9 % of the server's CPU and most of its
 * garbage. Before it writes, it flushes the caller's persistence context, so the caller's pending
 * changes reach the database (and take their row locks) before the ledger's, as they did when the
 * ledger's statements were EclipseLink queries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

  static final String INSUFFICIENT = "Insufficient balance";

  /** Postings of up to this many entries move each account with its own statement. */
  static final int SMALL_POSTING = 4;

  private static final String FIND_ACCOUNT =
      "select id from ledger_account where kind = ? and coalesce(owner_id, 0) = ? and currency = ?";

  /** One entry of a posting being booked: its account, the account's id and the amount. */
  private record Line(AccountRef ref, long accountId, BigDecimal amount) {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Resource(lookup = "jdbc/azora")
  private DataSource dataSource;

  /** Books the posting, or returns the one already booked under its idempotency key. */
  public PostedTransaction post(Posting posting) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      return book(c, posting, null);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Books a transaction that undoes {@code transactionId} entry by entry. */
  public PostedTransaction reverse(
      long transactionId, String idempotencyKey, String description, Long actorId) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      Posting.Builder b =
          Posting.builder("REVERSAL", idempotencyKey, description)
              .actor(actorId)
              .meta("reverses", transactionId);
      boolean any = false;
      try (PreparedStatement s =
          c.prepareStatement(
              "select a.kind, a.owner_id, a.currency, e.amount from ledger_entry e"
                  + " join ledger_account a on a.id = e.account_id"
                  + " where e.transaction_id = ? order by a.id")) {
        s.setLong(1, transactionId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            any = true;
            AccountKind kind = AccountKind.valueOf(r.getString(1));
            long owner = r.getLong(2);
            Long ownerId = r.wasNull() ? null : owner;
            LedgerCurrency currency = LedgerCurrency.of(r.getString(3));
            BigDecimal amount = r.getBigDecimal(4).setScale(currency.scale());
            b.entry(new AccountRef(kind, ownerId, currency), amount.negate());
          }
        }
      }
      if (!any) {
        throw DomainException.notFound("No ledger transaction " + transactionId + ".");
      }
      return book(c, b.build(), transactionId);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The account's balance; zero for an account never used. */
  public BigDecimal balance(AccountRef ref) {
    try (Connection c = dataSource.getConnection()) {
      return balance(c, ref);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The transaction booked under an idempotency key, if any. */
  public Optional<Long> transactionId(String idempotencyKey) {
    try (Connection c = dataSource.getConnection()) {
      return existing(c, idempotencyKey).map(Existing::id);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The account's id, opening it when it does not exist yet. */
  public long account(AccountRef ref) {
    em.flush();
    try (Connection c = dataSource.getConnection()) {
      return account(c, ref);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("The ledger's database work failed", e);
  }

  private static BigDecimal balance(Connection c, AccountRef ref) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select balance from ledger_account where kind = ? and coalesce(owner_id, 0) = ?"
                + " and currency = ?")) {
      bindRef(s, 1, ref);
      try (ResultSet r = s.executeQuery()) {
        BigDecimal b = r.next() ? r.getBigDecimal(1) : BigDecimal.ZERO;
        return b.setScale(ref.currency().scale());
      }
    }
  }

  private static long account(Connection c, AccountRef ref) throws SQLException {
    Optional<Long> id = findAccount(c, ref);
    if (id.isPresent()) {
      return id.get();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_account (kind, owner_id, currency) values (?, ?, ?)"
                + " on conflict do nothing returning id")) {
      s.setString(1, ref.kind().name());
      setLongOrNull(s, 2, ref.ownerId());
      s.setString(3, ref.currency().name());
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          return r.getLong(1);
        }
      }
    }
    // Another transaction opened it meanwhile; this new statement sees it.
    return findAccount(c, ref).orElseThrow();
  }

  private PostedTransaction book(Connection c, Posting posting, Long reversesId)
      throws SQLException {
    List<Posting.Entry> entries = posting.entries();
    List<Long> ids = accounts(c, entries.stream().map(Posting.Entry::account).toList());
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      lines.add(new Line(entries.get(i).account(), ids.get(i), entries.get(i).amount()));
    }
    lines.sort(Comparator.comparingLong(Line::accountId));
    Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    // The unique key decides a race between two identical postings: the second waits for the
    // first to commit, inserts nothing and replays it.
    Long id = null;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_transaction (type, description, metadata, actor_id,"
                + " idempotency_key, fingerprint, reverses_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (idempotency_key) do nothing returning id")) {
      s.setString(1, posting.type());
      s.setString(2, posting.description());
      s.setString(3, ChainHash.metadataJson(posting.metadata()));
      setLongOrNull(s, 4, posting.actorId());
      s.setString(5, posting.idempotencyKey());
      s.setString(6, posting.fingerprint());
      setLongOrNull(s, 7, reversesId);
      s.setTimestamp(8, now);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          id = r.getLong(1);
        }
      }
    }
    if (id == null) {
      return replay(c, posting)
          .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
    }
    if (lines.size() <= SMALL_POSTING) {
      moveEach(c, id, lines, now);
    } else {
      moveAll(c, id, lines, now);
    }
    return new PostedTransaction(id, false);
  }

  /**
   * A small posting (a transfer, a sale): each account is locked in id order, moved and refused
   * below zero by one statement, and the entries go in with one insert.
   */
  private static void moveEach(Connection c, long id, List<Line> lines, Timestamp now)
      throws SQLException {
    List<BigDecimal> after = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "update ledger_account set balance = balance + ?, updated_at = ?"
                + " where id = ? and (not ? or balance + ? >= 0) returning balance")) {
      for (Line l : lines) {
        s.setBigDecimal(1, l.amount());
        s.setTimestamp(2, now);
        s.setLong(3, l.accountId());
        s.setBoolean(4, l.ref().kind().owned());
        s.setBigDecimal(5, l.amount());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw insufficient(c, l);
          }
          after.add(r.getBigDecimal(1));
        }
      }
    }
    String values = lines.stream().map(l -> "(?, ?, ?, ?, ?)").collect(Collectors.joining(", "));
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                + " balance_after) values "
                + values)) {
      int p = 0;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        s.setLong(++p, id);
        s.setLong(++p, l.accountId());
        s.setString(++p, l.ref().currency().name());
        s.setBigDecimal(++p, l.amount());
        s.setBigDecimal(++p, after.get(i));
      }
      s.executeUpdate();
    }
  }

  /**
   * A large posting (a settlement chunk of many instructors) in three statements whatever its size:
   * lock its accounts in id order, move every balance (refusing an owned one below zero) with one
   * update, and insert every entry with one insert. The arrays carry numbers, booleans and currency
   * codes only, joined here.
   */
  private static void moveAll(Connection c, long id, List<Line> lines, Timestamp now)
      throws SQLException {
    String ids = joined(lines, l -> Long.toString(l.accountId()));
    try (PreparedStatement s =
        c.prepareStatement(
            "select id from ledger_account where id = any(cast(string_to_array(?, ',') as"
                + " bigint[])) order by id for update")) {
      s.setString(1, ids);
      s.executeQuery().close();
    }
    Map<Long, BigDecimal> after = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "update ledger_account a set balance = a.balance + x.amount, updated_at = ?"
                + " from unnest(cast(string_to_array(?, ',') as bigint[]),"
                + " cast(string_to_array(?, ',') as numeric[]),"
                + " cast(string_to_array(?, ',') as boolean[])) as x(id, amount, owned)"
                + " where a.id = x.id and (not x.owned or a.balance + x.amount >= 0)"
                + " returning a.id, a.balance")) {
      s.setTimestamp(1, now);
      s.setString(2, ids);
      s.setString(3, joined(lines, l -> l.amount().toPlainString()));
      s.setString(4, joined(lines, l -> Boolean.toString(l.ref().kind().owned())));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          after.put(r.getLong(1), r.getBigDecimal(2));
        }
      }
    }
    for (Line l : lines) {
      if (!after.containsKey(l.accountId())) {
        throw insufficient(c, l);
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into ledger_entry (transaction_id, account_id, currency, amount,"
                + " balance_after) select ?, x.a, x.c, x.m, x.b"
                + " from unnest(cast(string_to_array(?, ',') as bigint[]),"
                + " string_to_array(?, ','), cast(string_to_array(?, ',') as numeric[]),"
                + " cast(string_to_array(?, ',') as numeric[])) as x(a, c, m, b)")) {
      s.setLong(1, id);
      s.setString(2, ids);
      s.setString(3, joined(lines, l -> l.ref().currency().name()));
      s.setString(4, joined(lines, l -> l.amount().toPlainString()));
      s.setString(5, joined(lines, l -> after.get(l.accountId()).toPlainString()));
      s.executeUpdate();
    }
  }

  private static String joined(List<Line> lines, Function<Line, String> part) {
    return lines.stream().map(part).collect(Collectors.joining(","));
  }

  private static DomainException insufficient(Connection c, Line l) throws SQLException {
    return DomainException.conflict(
        "amount",
        INSUFFICIENT
            + ": the balance is "
            + balance(c, l.ref()).toPlainString()
            + " "
            + l.ref().currency().name()
            + " and this needs "
            + l.amount().negate().toPlainString()
            + " "
            + l.ref().currency().name()
            + ".");
  }

  /** The accounts' ids in the order given, opening those that do not exist yet. */
  private static List<Long> accounts(Connection c, List<AccountRef> refs) throws SQLException {
    if (refs.size() > SMALL_POSTING) {
      return manyAccounts(c, refs);
    }
    String where =
        refs.stream()
            .map(r -> "(kind = ? and coalesce(owner_id, 0) = ? and currency = ?)")
            .collect(Collectors.joining(" or "));
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, kind, coalesce(owner_id, 0), currency from ledger_account where "
                + where)) {
      for (int i = 0; i < refs.size(); i++) {
        bindRef(s, 3 * i + 1, refs.get(i));
      }
      Map<String, Long> found = new HashMap<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(
              r.getString(2) + "/" + r.getLong(3) + "/" + r.getString(4).trim(), r.getLong(1));
        }
      }
      for (AccountRef ref : refs) {
        Long id = found.get(ref.kind().name() + "/" + owner(ref) + "/" + ref.currency().name());
        ids.add(id != null ? id : account(c, ref));
      }
    }
    return ids;
  }

  /** As {@link #accounts}, for many: one lookup by the identity index, whatever their number. */
  private static List<Long> manyAccounts(Connection c, List<AccountRef> refs) throws SQLException {
    Long[] ids = new Long[refs.size()];
    try (PreparedStatement s =
        c.prepareStatement(
            "select x.n, a.id from unnest(string_to_array(?, ','),"
                + " cast(string_to_array(?, ',') as bigint[]), string_to_array(?, ','))"
                + " with ordinality as x(k, o, c, n)"
                + " join ledger_account a on a.kind = x.k and coalesce(a.owner_id, 0) = x.o"
                + " and a.currency = x.c")) {
      s.setString(1, refs.stream().map(r -> r.kind().name()).collect(Collectors.joining(",")));
      s.setString(
          2, refs.stream().map(r -> Long.toString(owner(r))).collect(Collectors.joining(",")));
      s.setString(3, refs.stream().map(r -> r.currency().name()).collect(Collectors.joining(",")));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids[r.getInt(1) - 1] = r.getLong(2);
        }
      }
    }
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      out.add(ids[i] != null ? ids[i] : account(c, refs.get(i)));
    }
    return out;
  }

  private static Optional<PostedTransaction> replay(Connection c, Posting posting)
      throws SQLException {
    Optional<Existing> found = existing(c, posting.idempotencyKey());
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

  private static Optional<Existing> existing(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, fingerprint from ledger_transaction where idempotency_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Existing(r.getLong(1), r.getString(2)))
            : Optional.empty();
      }
    }
  }

  private static Optional<Long> findAccount(Connection c, AccountRef ref) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(FIND_ACCOUNT)) {
      bindRef(s, 1, ref);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  /** Binds kind, owner (0 for none, matching {@code coalesce(owner_id, 0)}) and currency. */
  private static void bindRef(PreparedStatement s, int from, AccountRef ref) throws SQLException {
    s.setString(from, ref.kind().name());
    s.setLong(from + 1, owner(ref));
    s.setString(from + 2, ref.currency().name());
  }

  private static long owner(AccountRef ref) {
    return ref.ownerId() == null ? 0L : ref.ownerId();
  }

  private static void setLongOrNull(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }
}
