package com.azora.token.application;

import com.azora.token.domain.RedemptionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What token pages and the API show: records, never entities. */
public final class TokenViews {

  private TokenViews() {}

  /** A balance of one of the caller's wallets. */
  public record Balance(String currency, BigDecimal amount) {}

  /** One ledger entry on one of the caller's wallets. */
  public record WalletLine(
      long transactionId,
      Instant at,
      String type,
      String description,
      String memo,
      String currency,
      BigDecimal amount,
      BigDecimal balanceAfter) {}

  /** Filters of the transaction list; null fields do not filter. {@code to} is inclusive. */
  public record WalletFilter(String type, LocalDate from, LocalDate to, String currency) {
    public static WalletFilter none() {
      return new WalletFilter(null, null, null, null);
    }
  }

  /** Balances and the latest transactions (the API's wallet). */
  public record WalletSummary(List<Balance> balances, List<WalletLine> recent) {}

  /** Who would receive how much: shown before the student confirms. */
  public record TransferPreview(
      String recipientName, String recipientEmail, BigDecimal amount, String memo) {}

  /** An item a student can redeem. */
  public record CatalogueItem(
      long id,
      String name,
      String description,
      RedemptionType type,
      BigDecimal price,
      Long courseId,
      String courseTitle,
      boolean active,
      boolean demo) {}

  /** A redemption the student made. */
  public record RedemptionRow(
      long id,
      Instant at,
      String itemName,
      RedemptionType type,
      BigDecimal price,
      BigDecimal burned,
      long transactionId) {}

  /** Token supply from the ledger: minted, burned, kept as revenue, in students' wallets. */
  public record Supply(
      BigDecimal minted,
      BigDecimal burned,
      BigDecimal revenue,
      BigDecimal circulating,
      List<SupplyDay> days) {}

  /** Minted and burned on one UTC day. */
  public record SupplyDay(LocalDate day, BigDecimal minted, BigDecimal burned) {}

  /** An admin's new or changed catalogue item. */
  public record ItemForm(
      Long id,
      String name,
      String description,
      RedemptionType type,
      BigDecimal price,
      Long courseId,
      boolean active) {}
}
