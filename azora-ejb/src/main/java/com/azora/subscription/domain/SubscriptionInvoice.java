package com.azora.subscription.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One charge of a subscription: the first period, a renewal, or an upgrade's difference. */
@Entity
@Table(name = "subscription_invoice")
public class SubscriptionInvoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Gap-free, from the document counters ({@code SI-2026-000001}); set before it is stored. */
  @Column(nullable = false, updatable = false)
  private String number;

  @Column(name = "subscription_id", nullable = false, updatable = false)
  private Long subscriptionId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InvoiceKind kind;

  @Column(name = "tier_code", nullable = false, updatable = false)
  private String tierCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_interval", nullable = false, updatable = false)
  private BillingInterval interval;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(nullable = false, columnDefinition = "bpchar", updatable = false)
  private String currency = "USD";

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(name = "period_start", nullable = false, updatable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private Instant periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status = InvoiceStatus.OPEN;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "provider_ref")
  private String providerRef;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "ledger_transaction_id")
  private Long ledgerTransactionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected SubscriptionInvoice() {}

  public SubscriptionInvoice(
      Subscription s,
      InvoiceKind kind,
      String tierCode,
      BigDecimal amount,
      String description,
      Instant periodStart,
      Instant periodEnd,
      Instant now) {
    this(s, kind, tierCode, s.getInterval(), amount, description, periodStart, periodEnd, now);
  }

  /** An invoice billed at {@code interval} (a switch of interval bills the new one). */
  public SubscriptionInvoice(
      Subscription s,
      InvoiceKind kind,
      String tierCode,
      BillingInterval interval,
      BigDecimal amount,
      String description,
      Instant periodStart,
      Instant periodEnd,
      Instant now) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("An invoice is for a positive amount");
    }
    this.subscriptionId = s.getId();
    this.userId = s.getUserId();
    this.kind = kind;
    this.tierCode = tierCode;
    this.interval = interval;
    this.amount = amount;
    this.description = description;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.provider = s.getProvider();
    this.createdAt = now;
  }

  /** Gives a new invoice its number, once, before it is stored. */
  public void numbered(String documentNumber) {
    if (this.number != null || id != null) {
      throw new IllegalStateException("An invoice is numbered once, before it is stored");
    }
    this.number = Objects.requireNonNull(documentNumber, "documentNumber");
  }

  /** Counts an attempt that the provider answered (succeeded, pending or failed). */
  public void attempted(String providerRef, String error, Instant next) {
    this.attempts++;
    if (providerRef != null) {
      this.providerRef = providerRef;
    }
    this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    this.nextAttemptAt = next;
  }

  public void paid(long ledgerTransactionId, Instant now) {
    requireOpen();
    this.status = InvoiceStatus.PAID;
    this.ledgerTransactionId = ledgerTransactionId;
    this.paidAt = now;
    this.nextAttemptAt = null;
    this.lastError = null;
  }

  /** Dunning: the next automatic attempt. */
  public void retryAt(Instant next) {
    requireOpen();
    this.nextAttemptAt = next;
  }

  /** Dunning gave up. */
  public void failed() {
    requireOpen();
    this.status = InvoiceStatus.FAILED;
    this.nextAttemptAt = null;
  }

  /** Canceled unpaid: nothing is owed any more. */
  public void voided() {
    requireOpen();
    this.status = InvoiceStatus.VOID;
    this.nextAttemptAt = null;
  }

  private void requireOpen() {
    if (status != InvoiceStatus.OPEN) {
      throw new IllegalStateException("Invoice " + id + " is " + status + ", not OPEN");
    }
  }

  /** What the ledger and the provider see as this invoice's reference. */
  public String reference() {
    return "subscription-invoice:" + id;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getSubscriptionId() {
    return subscriptionId;
  }

  public Long getUserId() {
    return userId;
  }

  public InvoiceKind getKind() {
    return kind;
  }

  public String getTierCode() {
    return tierCode;
  }

  public BillingInterval getInterval() {
    return interval;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getDescription() {
    return description;
  }

  public Instant getPeriodStart() {
    return periodStart;
  }

  public Instant getPeriodEnd() {
    return periodEnd;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderRef() {
    return providerRef;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPaidAt() {
    return paidAt;
  }
}
