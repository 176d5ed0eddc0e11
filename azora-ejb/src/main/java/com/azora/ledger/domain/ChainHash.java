package com.azora.ledger.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 that links a transaction to the one before it. It covers everything booked: the
 * previous hash, id, type, key, time (microseconds, PostgreSQL's precision), actor, reversal,
 * description, metadata and every entry (account, currency, amount at eight decimals, sorted by
 * account). Posting and verification both call {@link #of}, so they cannot disagree on the form.
 */
public final class ChainHash {

  /** The previous hash of the first transaction. */
  public static final String GENESIS = "0".repeat(64);

  /** An entry as hashed. */
  public record Line(long accountId, String currency, BigDecimal amount) {}

  /** A transaction as hashed. */
  public record Content(
      long id,
      String type,
      String idempotencyKey,
      Instant createdAt,
      Long actorId,
      Long reversesId,
      String description,
      String metadata,
      List<Line> lines) {}

  private ChainHash() {}

  public static String of(String previousHash, Content c) {
    StringBuilder s = new StringBuilder(256);
    s.append(previousHash)
        .append('\n')
        .append(c.id())
        .append('\n')
        .append(c.type())
        .append('\n')
        .append(c.idempotencyKey())
        .append('\n')
        .append(ChronoUnit.MICROS.between(Instant.EPOCH, c.createdAt()))
        .append('\n')
        .append(c.actorId() == null ? "-" : c.actorId().toString())
        .append('\n')
        .append(c.reversesId() == null ? "-" : c.reversesId().toString())
        .append('\n')
        .append(c.description())
        .append('\n')
        .append(c.metadata());
    c.lines().stream()
        .sorted(Comparator.comparingLong(Line::accountId))
        .forEach(
            l ->
                s.append('\n')
                    .append(l.accountId())
                    .append(',')
                    .append(l.currency())
                    .append(',')
                    .append(l.amount().setScale(8).toPlainString()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Metadata as stored and hashed: a JSON object of strings with keys in order. */
  public static String metadataJson(java.util.SortedMap<String, String> metadata) {
    StringBuilder s = new StringBuilder("{");
    metadata.forEach(
        (k, v) -> {
          if (s.length() > 1) {
            s.append(',');
          }
          s.append(quote(k)).append(':').append(quote(v));
        });
    return s.append('}').toString();
  }

  private static String quote(String v) {
    StringBuilder s = new StringBuilder("\"");
    for (char ch : v.toCharArray()) {
      switch (ch) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (ch < 0x20) {
            s.append(String.format("\\u%04x", (int) ch));
          } else {
            s.append(ch);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
