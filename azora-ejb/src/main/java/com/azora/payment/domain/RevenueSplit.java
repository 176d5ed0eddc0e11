package com.azora.payment.domain;

import com.azora.ledger.domain.LedgerCurrency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a sale's amount divides between its instructors and the platform: the instructors' share (a
 * percentage, rounded half-even) is split equally among them, the cent left over going to the
 * course owner; the platform keeps the rest. Refunds reverse it proportionally by taking the
 * difference between the split of the refunded total after and before, so refunds together return
 * exactly what the sale booked and no instructor ever gives back more than they got.
 */
public record RevenueSplit(Map<Long, BigDecimal> instructors, BigDecimal platform) {

  public RevenueSplit {
    instructors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instructors));
    Objects.requireNonNull(platform, "platform");
  }

  /** The instructors' total. */
  public BigDecimal instructorTotal() {
    return instructors.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Splits {@code amount}. {@code instructorIds} is the course's instructors (any order; sorted by
   * id for a stable result); {@code ownerId} receives the remainder cents and is counted among them
   * even when not listed.
   */
  public static RevenueSplit of(
      BigDecimal amount,
      LedgerCurrency currency,
      BigDecimal sharePercent,
      Collection<Long> instructorIds,
      long ownerId) {
    BigDecimal total = currency.exact(amount);
    if (total.signum() < 0) {
      throw new IllegalArgumentException("A negative amount cannot be split");
    }
    if (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("A share is between 0 and 100 %");
    }
    List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(instructorIds));
    if (!ids.contains(ownerId)) {
      ids.add(0, ownerId);
    }
    BigDecimal share = currency.round(total.multiply(sharePercent).divide(BigDecimal.valueOf(100)));
    // Equal parts rounded down; the cents left over go to the owner.
    BigDecimal each =
        share.divide(BigDecimal.valueOf(ids.size()), currency.scale(), RoundingMode.DOWN);
    BigDecimal remainder = share.subtract(each.multiply(BigDecimal.valueOf(ids.size())));
    Map<Long, BigDecimal> parts = new LinkedHashMap<>();
    for (Long id : ids) {
      parts.put(id, id == ownerId ? each.add(remainder) : each);
    }
    return new RevenueSplit(parts, total.subtract(share));
  }

  /**
   * The part of this (the sale's) split that a refund moving the refunded total from {@code before}
   * to {@code after} reverses, out of the sale's {@code total}.
   */
  public RevenueSplit refundPart(
      BigDecimal total, BigDecimal before, BigDecimal after, LedgerCurrency currency) {
    if (before.signum() < 0 || after.compareTo(before) <= 0 || after.compareTo(total) > 0) {
      throw new IllegalArgumentException("A refund raises the refunded total up to the amount");
    }
    RevenueSplit a = proportion(total, after, currency);
    RevenueSplit b = proportion(total, before, currency);
    Map<Long, BigDecimal> parts = new LinkedHashMap<>();
    instructors
        .keySet()
        .forEach(id -> parts.put(id, a.instructors.get(id).subtract(b.instructors.get(id))));
    return new RevenueSplit(parts, a.platform.subtract(b.platform));
  }

  /** The split scaled to {@code part} of {@code total}; exactly this split when part == total. */
  private RevenueSplit proportion(BigDecimal total, BigDecimal part, LedgerCurrency currency) {
    Map<Long, BigDecimal> parts = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<Long, BigDecimal> e : instructors.entrySet()) {
      BigDecimal p =
          total.signum() == 0
              ? BigDecimal.ZERO
              : e.getValue().multiply(part).divide(total, currency.scale(), RoundingMode.DOWN);
      parts.put(e.getKey(), p);
      sum = sum.add(p);
    }
    return new RevenueSplit(parts, currency.exact(part).subtract(sum));
  }
}
