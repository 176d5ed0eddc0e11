package com.azora.subscription.domain;

import com.azora.platform.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's subscription to a paid tier. Periods come from {@link BillingPeriods}; downgrades and
 * cancellations wait for the period end, upgrades apply when their invoice is paid.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "tier_code", nullable = false)
  private String tierCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_interval", nullable = false)
  private BillingInterval interval;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_interval")
  private BillingInterval pendingInterval;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "billing_anchor", nullable = false)
  private Instant billingAnchor;

  @Column(name = "period_index", nullable = false)
  private int periodIndex;

  @Column(name = "current_period_start", nullable = false)
  private Instant currentPeriodStart;

  @Column(name = "current_period_end", nullable = false)
  private Instant currentPeriodEnd;

  @Column(name = "cancel_at_period_end", nullable = false)
  private boolean cancelAtPeriodEnd;

  @Column(name = "pending_tier_code")
  private String pendingTierCode;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "canceled_at")
  private Instant canceledAt;

  @Version private long version;

  protected Subscription() {}

  /** A new subscription whose first period starts now; UNPAID until its first invoice is paid. */
  public Subscription(
      long userId, String tierCode, BillingInterval interval, String provider, Instant now) {
    this.userId = userId;
    this.tierCode = requirePaidTier(tierCode);
    this.interval = Objects.requireNonNull(interval, "interval");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.status = SubscriptionStatus.UNPAID;
    this.billingAnchor = now;
    this.periodIndex = 0;
    this.currentPeriodStart = now;
    this.currentPeriodEnd = BillingPeriods.end(now, interval, 0);
    this.createdAt = now;
    this.updatedAt = now;
  }

  private static String requirePaidTier(String code) {
    if (code == null || Tier.FREE.equals(code)) {
      throw DomainException.invalid("tier", "Choose a paid tier.");
    }
    return code;
  }

  /** Start and end of period {@code index} of this subscription. */
  public Instant periodStart(int index) {
    return BillingPeriods.start(billingAnchor, interval, index);
  }

  public Instant periodEnd(int index) {
    return BillingPeriods.end(billingAnchor, interval, index);
  }

  /** A paid renewal moves the subscription into period {@code index}. */
  public void enterPeriod(int index, Instant now) {
    if (index < periodIndex) {
      throw new IllegalStateException("Periods only move forward");
    }
    this.periodIndex = index;
    this.currentPeriodStart = periodStart(index);
    this.currentPeriodEnd = periodEnd(index);
    touch(now);
  }

  public void moveTo(SubscriptionStatus target, Instant now) {
    this.status = status.moveTo(target);
    if (target == SubscriptionStatus.CANCELED) {
      this.canceledAt = now;
      this.cancelAtPeriodEnd = false;
      this.pendingTierCode = null;
    }
    touch(now);
  }

  /** Stops renewing: the subscription ends when the current period does. */
  public void cancelAtPeriodEnd(Instant now) {
    requireLive();
    this.cancelAtPeriodEnd = true;
    this.pendingTierCode = null;
    this.pendingInterval = null;
    touch(now);
  }

  /** Undoes a pending cancellation, downgrade or interval switch: it renews as it is. */
  public void resume(Instant now) {
    requireLive();
    if (!cancelAtPeriodEnd && pendingTierCode == null && pendingInterval == null) {
      throw DomainException.conflict(null, "Nothing is scheduled to change.");
    }
    this.cancelAtPeriodEnd = false;
    this.pendingTierCode = null;
    this.pendingInterval = null;
    touch(now);
  }

  /** Bills at {@code target} from the next period on (annual to monthly waits for the year). */
  public void scheduleInterval(BillingInterval target, Instant now) {
    requireLive();
    if (cancelAtPeriodEnd) {
      throw DomainException.conflict(
          "interval", "This subscription ends with the period: keep it before changing billing.");
    }
    this.pendingInterval = target == interval ? null : Objects.requireNonNull(target);
    touch(now);
  }

  /**
   * A paid switch of interval starts a new first period at {@code start}: periods are counted
   * afresh from there, so the anchor moves.
   */
  public void restartPeriods(BillingInterval target, Instant start, Instant now) {
    requireLive();
    this.interval = Objects.requireNonNull(target, "target");
    this.pendingInterval = null;
    this.billingAnchor = start;
    this.periodIndex = 0;
    this.currentPeriodStart = start;
    this.currentPeriodEnd = BillingPeriods.end(start, target, 0);
    touch(now);
  }

  /**
   * The index of the period a renewal bills. A scheduled interval switch applies here: the next
   * period is the first of the new interval, counted from the end of the current one.
   */
  public int nextPeriodForRenewal(Instant now) {
    if (pendingInterval == null) {
      return periodIndex + 1;
    }
    this.interval = pendingInterval;
    this.pendingInterval = null;
    this.billingAnchor = currentPeriodEnd;
    this.periodIndex = 0;
    touch(now);
    return 0;
  }

  /** A lower tier from the next period on. */
  public void scheduleDowngrade(String lowerTier, Instant now) {
    requireLive();
    this.pendingTierCode = requirePaidTier(lowerTier);
    this.cancelAtPeriodEnd = false;
    touch(now);
  }

  /** Applies a scheduled downgrade at the period end; true when there was one. */
  public boolean applyPendingTier(Instant now) {
    if (pendingTierCode == null) {
      return false;
    }
    this.tierCode = pendingTierCode;
    this.pendingTierCode = null;
    touch(now);
    return true;
  }

  /** A paid upgrade takes effect at once; a pending downgrade is forgotten. */
  public void changeTier(String higherTier, Instant now) {
    this.tierCode = requirePaidTier(higherTier);
    this.pendingTierCode = null;
    touch(now);
  }

  private void requireLive() {
    if (status == SubscriptionStatus.CANCELED) {
      throw DomainException.conflict(null, "This subscription has ended.");
    }
  }

  private void touch(Instant now) {
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getTierCode() {
    return tierCode;
  }

  public BillingInterval getInterval() {
    return interval;
  }

  public BillingInterval getPendingInterval() {
    return pendingInterval;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public String getProvider() {
    return provider;
  }

  public int getPeriodIndex() {
    return periodIndex;
  }

  public Instant getCurrentPeriodStart() {
    return currentPeriodStart;
  }

  public Instant getCurrentPeriodEnd() {
    return currentPeriodEnd;
  }

  public boolean isCancelAtPeriodEnd() {
    return cancelAtPeriodEnd;
  }

  public String getPendingTierCode() {
    return pendingTierCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCanceledAt() {
    return canceledAt;
  }
}
