package com.azora.ledger.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A ledger transaction before it is booked: a type, an idempotency key, a description, metadata,
 * the acting user and at least two entries whose amounts sum to zero per currency. A positive
 * amount raises the account's balance, a negative one lowers it. Entries on the same account are
 * merged. Building one that does not balance fails here, and the database checks again.
 */
public final class Posting {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
  private static final Pattern META_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

  /** One line of the posting. */
  public record Entry(AccountRef account, BigDecimal amount) {}

  private final String type;
  private final String idempotencyKey;
  private final String description;
  private final Long actorId;
  private final SortedMap<String, String> metadata;
  private final List<Entry> entries;

  private Posting(Builder b, List<Entry> entries) {
    this.type = b.type;
    this.idempotencyKey = b.idempotencyKey;
    this.description = b.description;
    this.actorId = b.actorId;
    this.metadata = Collections.unmodifiableSortedMap(new TreeMap<>(b.metadata));
    this.entries = List.copyOf(entries);
  }

  public static Builder builder(String type, String idempotencyKey, String description) {
    return new Builder(type, idempotencyKey, description);
  }

  public String type() {
    return type;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String description() {
    return description;
  }

  public Long actorId() {
    return actorId;
  }

  public SortedMap<String, String> metadata() {
    return metadata;
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * What the posting moves, independent of wording: its type and entries. A repeated request with
   * the same idempotency key must have the same fingerprint, or it is refused.
   */
  public String fingerprint() {
    StringBuilder s = new StringBuilder(type);
    entries.stream()
        .sorted(
            Comparator.comparing((Entry e) -> e.account().kind())
                .thenComparing(e -> e.account().currency())
                .thenComparing(e -> e.account().ownerId() == null ? 0L : e.account().ownerId()))
        .forEach(
            e ->
                s.append('|')
                    .append(e.account().kind())
                    .append(':')
                    .append(e.account().ownerId())
                    .append(':')
                    .append(e.account().currency())
                    .append(':')
                    .append(e.amount().toPlainString()));
    return s.toString();
  }

  /** Collects entries; {@link #build()} checks the whole. */
  public static final class Builder {
    private final String type;
    private final String idempotencyKey;
    private final String description;
    private Long actorId;
    private final Map<String, String> metadata = new TreeMap<>();
    private final Map<AccountRef, BigDecimal> amounts = new LinkedHashMap<>();

    private Builder(String type, String idempotencyKey, String description) {
      this.type = type;
      this.idempotencyKey = idempotencyKey;
      this.description = description;
    }

    /** The user who caused the transaction (null for the system: schedulers, webhooks). */
    public Builder actor(Long userId) {
      this.actorId = userId;
      return this;
    }

    public Builder meta(String key, Object value) {
      if (key == null || !META_KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("Bad metadata key " + key);
      }
      if (value != null) {
        metadata.put(key, String.valueOf(value));
      }
      return this;
    }

    /** Adds {@code amount} (signed) to an account. */
    public Builder entry(AccountRef account, BigDecimal amount) {
      Objects.requireNonNull(account, "account");
      BigDecimal exact = account.currency().exact(Objects.requireNonNull(amount, "amount"));
      amounts.merge(account, exact, BigDecimal::add);
      return this;
    }

    /** Moves a positive {@code amount} from one account to another (same currency). */
    public Builder move(AccountRef from, AccountRef to, BigDecimal amount) {
      if (amount == null || amount.signum() <= 0) {
        throw new IllegalArgumentException("A move needs a positive amount, got " + amount);
      }
      if (from.currency() != to.currency()) {
        throw new IllegalArgumentException("A move stays in one currency");
      }
      return entry(from, amount.negate()).entry(to, amount);
    }

    public Posting build() {
      if (type == null || !TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException("Bad transaction type " + type);
      }
      if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
        throw new IllegalArgumentException("An idempotency key of 1 to 200 characters is needed");
      }
      if (description == null || description.isBlank() || description.length() > 500) {
        throw new IllegalArgumentException("A description of 1 to 500 characters is needed");
      }
      List<Entry> entries = new ArrayList<>();
      amounts.forEach(
          (account, amount) -> {
            if (amount.signum() != 0) {
              entries.add(new Entry(account, amount));
            }
          });
      if (entries.size() < 2) {
        throw new IllegalArgumentException("A transaction needs at least two non-zero entries");
      }
      Map<LedgerCurrency, BigDecimal> sums = new TreeMap<>();
      entries.forEach(e -> sums.merge(e.account().currency(), e.amount(), BigDecimal::add));
      sums.forEach(
          (currency, sum) -> {
            if (sum.signum() != 0) {
              throw new IllegalArgumentException(
                  "Entries in " + currency + " sum to " + sum.toPlainString() + ", not zero");
            }
          });
      return new Posting(this, entries);
    }
  }
}
