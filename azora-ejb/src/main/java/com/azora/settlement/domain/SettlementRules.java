package com.azora.settlement.domain;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.payment.domain.RevenueSplit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a settlement run may move. A sale settles on business date D when its refund window closed
 * by the end of D (UTC); what settles is each instructor's share less what refunds already took
 * back; a reversal is taken from the available balance only when the balance covers it whole.
 */
public final class SettlementRules {

  private SettlementRules() {}

  /** Sales paid strictly before this instant have their refund window closed by the end of D. */
  public static Instant cutoff(LocalDate businessDate, int refundWindowDays) {
    if (refundWindowDays < 0) {
      throw new IllegalArgumentException("A refund window is zero or more days");
    }
    return businessDate
        .plusDays(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .minus(Duration.ofDays(refundWindowDays));
  }

  public static boolean eligible(Instant paidAt, LocalDate businessDate, int refundWindowDays) {
    return paidAt != null && paidAt.isBefore(cutoff(businessDate, refundWindowDays));
  }

  /**
   * Each instructor's share of a sale of {@code total} still pending after {@code refunded} was
   * refunded: the sale's booked split less the proportional part refunds reversed (the same
   * arithmetic the refunds used, so the two always agree to the cent). Nothing when refunded whole.
   */
  public static Map<Long, BigDecimal> remainder(
      RevenueSplit sale, BigDecimal total, BigDecimal refunded, LedgerCurrency currency) {
    Map<Long, BigDecimal> left = new LinkedHashMap<>();
    if (refunded.compareTo(total) >= 0) {
      sale.instructors().keySet().forEach(id -> left.put(id, currency.exact(BigDecimal.ZERO)));
      return left;
    }
    Map<Long, BigDecimal> back =
        refunded.signum() > 0
            ? sale.refundPart(total, BigDecimal.ZERO, refunded, currency).instructors()
            : Map.of();
    sale.instructors()
        .forEach((id, part) -> left.put(id, part.subtract(back.getOrDefault(id, BigDecimal.ZERO))));
    return left;
  }

  /**
   * Which reversals (by position, in order) the {@code available} balance covers when taken one
   * after another; one that does not fit stays open and later, smaller ones may still fit.
   */
  public static List<Integer> coverable(BigDecimal available, List<BigDecimal> reversals) {
    List<Integer> taken = new ArrayList<>();
    BigDecimal left = available;
    for (int i = 0; i < reversals.size(); i++) {
      BigDecimal r = reversals.get(i);
      if (r.signum() > 0 && r.compareTo(left) <= 0) {
        taken.add(i);
        left = left.subtract(r);
      }
    }
    return taken;
  }
}
