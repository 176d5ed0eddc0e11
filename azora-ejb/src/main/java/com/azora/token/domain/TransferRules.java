package com.azora.token.domain;

import com.azora.ledger.domain.LedgerCurrency;
import com.azora.platform.error.DomainException;
import java.math.BigDecimal;

/**
 * Limits on sending tokens: at least 0.01 AZR, at most two decimals, a maximum per transfer and per
 * UTC day, a memo of at most 140 characters, and never to oneself.
 */
public record TransferRules(BigDecimal maxPerTransfer, BigDecimal maxPerDay) {

  public static final BigDecimal MIN = new BigDecimal("0.01");
  public static final int MEMO_MAX = 140;

  /** The amount at AZR's scale, or a message for the amount field. */
  public BigDecimal amount(BigDecimal amount) {
    if (amount == null) {
      throw DomainException.invalid("amount", "Enter an amount.");
    }
    BigDecimal exact;
    try {
      exact = LedgerCurrency.AZR.exact(amount);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("amount", "AZR amounts have at most two decimals.");
    }
    if (exact.compareTo(MIN) < 0) {
      throw DomainException.invalid("amount", "The smallest transfer is 0.01 AZR.");
    }
    if (exact.compareTo(maxPerTransfer) > 0) {
      throw DomainException.invalid(
          "amount", "The largest transfer is " + maxPerTransfer.toPlainString() + " AZR.");
    }
    return exact;
  }

  /** Refuses an amount that would take the day's sent total past the daily limit. */
  public void withinDay(BigDecimal amount, BigDecimal sentToday) {
    if (sentToday.add(amount).compareTo(maxPerDay) > 0) {
      throw DomainException.invalid(
          "amount",
          "This would exceed your daily sending limit of "
              + maxPerDay.toPlainString()
              + " AZR ("
              + sentToday.toPlainString()
              + " AZR sent today).");
    }
  }

  /** The memo stripped, or null when blank. */
  public static String memo(String memo) {
    if (memo == null || memo.isBlank()) {
      return null;
    }
    String m = memo.strip();
    if (m.length() > MEMO_MAX) {
      throw DomainException.invalid("memo", "A memo has at most " + MEMO_MAX + " characters.");
    }
    return m;
  }

  public static void notToSelf(long senderId, long recipientId) {
    if (senderId == recipientId) {
      throw DomainException.invalid("recipientEmail", "You cannot send tokens to yourself.");
    }
  }
}
