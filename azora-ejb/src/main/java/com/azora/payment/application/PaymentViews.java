package com.azora.payment.application;

import com.azora.payment.domain.OrderStatus;
import com.azora.payment.domain.RefundState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What payment services return to pages and the API (never entities). */
public final class PaymentViews {

  private PaymentViews() {}

  /** The checkout page: what is bought, for how much, and how it can be paid. */
  public record CheckoutSummary(
      String courseSlug,
      String courseTitle,
      BigDecimal price,
      String currency,
      List<String> providers,
      boolean alreadyEnrolled,
      boolean demo) {}

  /** A started checkout: where to send the payer. */
  public record Started(String reference, String redirectUrl, OrderStatus status) {}

  /** An order as its buyer (or an admin) sees it. */
  public record OrderView(
      String reference,
      String courseSlug,
      String courseTitle,
      BigDecimal listPrice,
      BigDecimal discount,
      BigDecimal amount,
      BigDecimal refundedAmount,
      String currency,
      String provider,
      OrderStatus status,
      Instant createdAt,
      Instant paidAt,
      String cancelReason,
      String receiptNumber,
      List<String> creditNotes,
      String buyerEmail,
      boolean demo,
      List<RefundView> refunds) {

    /** Whether the payer still has to transfer money (offline and pending). */
    public boolean awaitingTransfer() {
      return status == OrderStatus.PENDING && "offline".equals(provider);
    }
  }

  /**
   * One refund of an order: its credit note, amount, and whether the money is still owed to the
   * buyer or was paid back; {@code origin} says whether Azora or the provider's dashboard made it.
   */
  public record RefundView(
      int seq,
      String creditNote,
      BigDecimal amount,
      RefundState state,
      String origin,
      Instant paidBackAt,
      String failureMessage) {

    /** What the buyer and the admin read. */
    public String label() {
      return switch (state) {
        case OWED -> "owed to the buyer (being paid back)";
        case PAID_BACK -> "paid back";
        case FAILED -> "owed to the buyer (the provider could not pay it back)";
      };
    }

    public boolean owed() {
      return state.awaitsPayBack();
    }
  }

  /** A receipt or credit note PDF. */
  public record DocumentFile(String fileName, byte[] data) {}

  /** A refund made: its credit note and the order's new status. */
  public record RefundDone(
      String creditNoteNumber,
      OrderStatus status,
      BigDecimal remaining,
      int refundSeq,
      RefundState refundState) {}
}
