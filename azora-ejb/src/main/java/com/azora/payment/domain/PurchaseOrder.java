package com.azora.payment.domain;

import com.azora.ledger.domain.LedgerCurrency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's order for one paid course: what it cost (list price less discount), which provider
 * takes the money, and where it stands in {@link OrderStatus}. Its methods are the only way its
 * status changes; the database checks the same rules.
 */
@Entity
@Table(name = "purchase_order")
@NamedQuery(
    name = "PurchaseOrder.byReference",
    query = "select o from PurchaseOrder o where o.reference = :ref")
public class PurchaseOrder {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private Long courseId;

  @Column(name = "list_price", nullable = false, updatable = false)
  private BigDecimal listPrice;

  @Column(nullable = false, updatable = false)
  private BigDecimal discount;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "coupon_id", updatable = false)
  private Long couponId;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "provider_ref")
  private String providerRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status = OrderStatus.PENDING;

  @Column(name = "refunded_amount", nullable = false)
  private BigDecimal refundedAmount = BigDecimal.ZERO;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Version private long version;

  protected PurchaseOrder() {}

  public PurchaseOrder(
      String reference,
      long userId,
      long courseId,
      BigDecimal listPrice,
      BigDecimal discount,
      LedgerCurrency currency,
      Long couponId,
      String provider,
      Instant now) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.userId = userId;
    this.courseId = courseId;
    this.currency = currency.name();
    this.listPrice = currency.exact(listPrice);
    this.discount = currency.exact(discount);
    this.amount = this.listPrice.subtract(this.discount);
    if (this.listPrice.signum() <= 0 || this.discount.signum() < 0 || amount.signum() <= 0) {
      throw new IllegalArgumentException("An order is for a positive amount after discount");
    }
    this.couponId = couponId;
    this.provider = Objects.requireNonNull(provider, "provider");
    this.createdAt = now;
  }

  /** {@code AZO-} and 10 unambiguous characters: short enough to type on a bank transfer. */
  public static String newReference() {
    StringBuilder s = new StringBuilder("AZO-");
    for (int i = 0; i < 10; i++) {
      s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  /** The provider's id for the payment (a Checkout Session, later its payment intent). */
  public void attach(String providerRef) {
    this.providerRef = providerRef;
  }

  /** Marks the order paid; false when it already was (fulfilment then does nothing). */
  public boolean markPaid(Instant now) {
    if (status.paid()) {
      return false;
    }
    move(OrderStatus.PAID);
    paidAt = now;
    return true;
  }

  public void cancel(String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A cancellation needs a reason");
    }
    move(OrderStatus.CANCELED);
    cancelReason = reason.strip();
    closedAt = now;
  }

  /** Records a refund of {@code part}; full when nothing remains. */
  public void refund(BigDecimal part, Instant now) {
    BigDecimal after = refundedAmount.add(currency().exact(part));
    if (part.signum() <= 0 || after.compareTo(amount) > 0) {
      throw new IllegalArgumentException("A refund is positive and at most what remains");
    }
    move(after.compareTo(amount) == 0 ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED);
    refundedAmount = after;
    if (status == OrderStatus.REFUNDED) {
      closedAt = now;
    }
  }

  public BigDecimal remaining() {
    return amount.subtract(refundedAmount);
  }

  private void move(OrderStatus next) {
    if (!status.canMoveTo(next)) {
      throw new IllegalStateException("Order " + reference + " is " + status + ", not " + next);
    }
    status = next;
  }

  public LedgerCurrency currency() {
    return LedgerCurrency.of(currency);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public BigDecimal getListPrice() {
    return listPrice;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Long getCouponId() {
    return couponId;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderRef() {
    return providerRef;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public BigDecimal getRefundedAmount() {
    return refundedAmount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
