package com.azora.ledger.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Read models of the ledger for pages and the API. */
public final class LedgerViews {

  private LedgerViews() {}

  /** An account with its owner and cached balance. */
  public record AccountRow(
      long id,
      String kind,
      Long ownerId,
      String ownerEmail,
      String currency,
      BigDecimal balance,
      Instant updatedAt)
      implements Serializable {}

  /** A transaction line in a list: what moved, summarised per currency. */
  public record TransactionRow(
      long id,
      Instant createdAt,
      String type,
      String description,
      String actorEmail,
      String volume,
      Long reversesId,
      String hash)
      implements Serializable {}

  /** One entry of a transaction. */
  public record EntryLine(
      long accountId,
      String kind,
      String ownerEmail,
      String currency,
      BigDecimal amount,
      BigDecimal balanceAfter)
      implements Serializable {}

  /** Everything booked in one transaction. */
  public record TransactionDetail(
      long id,
      Instant createdAt,
      String type,
      String description,
      String metadata,
      String actorEmail,
      String idempotencyKey,
      Long reversesId,
      List<Long> reversedBy,
      String prevHash,
      String hash,
      List<EntryLine> entries)
      implements Serializable {}

  /** Filters of the transaction list; any may be null. */
  public record TransactionFilter(
      Long accountId, String userEmail, String type, Instant from, Instant to)
      implements Serializable {}
}
