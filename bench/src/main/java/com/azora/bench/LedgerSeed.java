package com.azora.bench;

import com.azora.ledger.domain.AccountRef;
import com.azora.ledger.domain.ChainHash;
import com.azora.ledger.domain.Posting;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Books many postings straight into the ledger tables with COPY, already sealed: each transaction
 * gets its id, entries with running balances, and its place in the hash chain computed with the
 * ledger's own {@link ChainHash}, so the invariant checker verifies the seeded books like any
 * others. Only for a bench's own database: it runs with the row triggers off (they would check each
 * entry one by one) in the caller's transaction, holding the chain head so the sealer waits.
 */
final class LedgerSeed {

  private static final int FLUSH = 20_000;

  private final Connection c;
  private final CopyManager copy;
  private final Map<AccountRef, Long> accounts = new HashMap<>();
  private final Map<Long, BigDecimal> balances = new HashMap<>();
  private final StringBuilder transactions = new StringBuilder();
  private final StringBuilder entries = new StringBuilder();
  private final long firstId;
  private final long lastId;
  private long nextId;
  private long seq;
  private String lastHash;
  private int pending;

  /**
   * Starts a seed of exactly {@code count} postings on {@code c} (auto-commit off; the caller
   * commits): reserves their ids and takes the chain head once nothing is left to seal.
   */
  LedgerSeed(Connection c, long count) throws SQLException, InterruptedException {
    this.c = c;
    this.copy = c.unwrap(PGConnection.class).getCopyAPI();
    Accounts.exec(c, "set local session_replication_role = replica");
    awaitSealed();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select last_hash, last_seq from ledger_chain where id = 1 for update")) {
      r.next();
      lastHash = r.getString(1).trim();
      seq = r.getLong(2);
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select setval('ledger_transaction_id_seq',"
                    + " nextval('ledger_transaction_id_seq') + "
                    + (count - 1)
                    + ")")) {
      r.next();
      lastId = r.getLong(1);
    }
    firstId = lastId - count + 1;
    nextId = firstId;
  }

  /** The sealer joins committed postings to the chain within a second; a seed starts after it. */
  private void awaitSealed() throws SQLException, InterruptedException {
    for (int i = 0; i < 120; i++) {
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("select count(*) from ledger_transaction where chain_seq is null")) {
        r.next();
        if (r.getLong(1) == 0) {
          return;
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("ledger transactions stay unsealed: is the server sealing?");
  }

  /** Opens (or finds) the accounts in bulk, e.g. a million wallets, before the postings. */
  void open(Collection<AccountRef> refs) throws SQLException {
    List<AccountRef> missing = refs.stream().filter(r -> !accounts.containsKey(r)).toList();
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder rows = new StringBuilder();
    for (AccountRef r : missing) {
      rows.append(r.kind().name())
          .append('\t')
          .append(r.ownerId() == null ? "\\N" : r.ownerId().toString())
          .append('\t')
          .append(r.currency().name())
          .append('\n');
    }
    Accounts.exec(
        c,
        "create temporary table if not exists bench_seed_account (kind varchar(32),"
            + " owner_id bigint, currency varchar(8)) on commit drop");
    Accounts.exec(c, "truncate bench_seed_account");
    copyIn("copy bench_seed_account (kind, owner_id, currency) from stdin", rows);
    Accounts.exec(
        c,
        "insert into ledger_account (kind, owner_id, currency) select s.kind, s.owner_id,"
            + " s.currency from bench_seed_account s on conflict do nothing");
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select a.id, a.kind, a.owner_id, a.currency, a.balance from ledger_account a"
                    + " join bench_seed_account s on s.kind = a.kind and s.currency = a.currency"
                    + " and coalesce(s.owner_id, 0) = coalesce(a.owner_id, 0)")) {
      Map<String, AccountRef> byKey = new HashMap<>();
      missing.forEach(
          ref -> byKey.put(key(ref.kind().name(), ref.ownerId(), ref.currency().name()), ref));
      while (r.next()) {
        Long owner = (Long) r.getObject(3);
        AccountRef ref = byKey.get(key(r.getString(2), owner, r.getString(4).trim()));
        accounts.put(ref, r.getLong(1));
        balances.put(r.getLong(1), r.getBigDecimal(5));
      }
    }
  }

  private static String key(String kind, Long owner, String currency) {
    return kind + ":" + owner + ":" + currency;
  }

  /** Books one posting as if the ledger had posted it at {@code at} and the sealer sealed it. */
  void post(Posting p, Instant at) throws SQLException {
    if (nextId > lastId) {
      throw new IllegalStateException("more postings than reserved");
    }
    open(p.entries().stream().map(Posting.Entry::account).distinct().toList());
    long id = nextId++;
    Instant created = at.truncatedTo(ChronoUnit.MICROS);
    record Line(long account, String currency, BigDecimal amount) {}
    List<Line> lines = new ArrayList<>();
    for (Posting.Entry e : p.entries()) {
      lines.add(
          new Line(
              accounts.get(e.account()), e.account().currency().name(), e.amount().setScale(8)));
    }
    lines.sort(Comparator.comparingLong(Line::account));
    String metadata = ChainHash.metadataJson(p.metadata());
    String hash =
        ChainHash.of(
            lastHash,
            new ChainHash.Content(
                id,
                p.type(),
                p.idempotencyKey(),
                created,
                p.actorId(),
                null,
                p.description(),
                metadata,
                lines.stream()
                    .map(l -> new ChainHash.Line(l.account(), l.currency(), l.amount()))
                    .toList()));
    transactions
        .append(id)
        .append('\t')
        .append(p.type())
        .append('\t')
        .append(text(p.description()))
        .append('\t')
        .append(text(metadata))
        .append('\t')
        .append(p.actorId() == null ? "\\N" : p.actorId().toString())
        .append('\t')
        .append(text(p.idempotencyKey()))
        .append('\t')
        .append(text(p.fingerprint()))
        .append('\t')
        .append(created)
        .append('\t')
        .append(lastHash)
        .append('\t')
        .append(hash)
        .append('\t')
        .append(++seq)
        .append('\n');
    for (Line l : lines) {
      BigDecimal after = balances.merge(l.account(), l.amount(), BigDecimal::add);
      entries
          .append(id)
          .append('\t')
          .append(l.account())
          .append('\t')
          .append(l.currency())
          .append('\t')
          .append(l.amount().toPlainString())
          .append('\t')
          .append(after.toPlainString())
          .append('\n');
    }
    lastHash = hash;
    if (++pending == FLUSH) {
      flush();
    }
  }

  /** Writes what is left, the accounts' balances and the chain head; the caller commits. */
  void finish() throws SQLException {
    flush();
    if (nextId != lastId + 1) {
      throw new IllegalStateException((lastId + 1 - nextId) + " reserved postings not booked");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update ledger_account a set balance = a.balance + s.total, updated_at = now()"
                + " from (select account_id, sum(amount) total from ledger_entry"
                + " where transaction_id between ? and ? group by account_id) s"
                + " where a.id = s.account_id")) {
      ps.setLong(1, firstId);
      ps.setLong(2, lastId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update ledger_chain set last_transaction_id = ?, last_hash = ?, last_seq = ?"
                + " where id = 1")) {
      ps.setLong(1, lastId);
      ps.setString(2, lastHash);
      ps.setLong(3, seq);
      ps.executeUpdate();
    }
  }

  private void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    copyIn(
        "copy ledger_transaction (id, type, description, metadata, actor_id, idempotency_key,"
            + " fingerprint, created_at, prev_hash, hash, chain_seq) from stdin",
        transactions);
    copyIn(
        "copy ledger_entry (transaction_id, account_id, currency, amount, balance_after)"
            + " from stdin",
        entries);
    transactions.setLength(0);
    entries.setLength(0);
    pending = 0;
  }

  private void copyIn(String sql, StringBuilder rows) throws SQLException {
    try {
      copy.copyIn(sql, new StringReader(rows.toString()));
    } catch (java.io.IOException e) {
      throw new SQLException(e);
    }
  }

  /** COPY's text format: backslash, tab and line breaks escaped. */
  private static String text(String v) {
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
