package com.azora.subscription.domain;

import com.azora.platform.error.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A subscription tier: FREE, PRO or ENTERPRISE, with its prices, features and limits. */
@Entity
@Table(name = "subscription_tier")
public class Tier {

  public static final String FREE = "FREE";

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private int rank;

  @Column(name = "monthly_price", nullable = false)
  private BigDecimal monthlyPrice;

  @Column(name = "annual_price", nullable = false)
  private BigDecimal annualPrice;

  @Column(nullable = false, columnDefinition = "bpchar", updatable = false)
  private String currency = "USD";

  @Column(name = "ai_tutor_quota_per_month", nullable = false)
  private int aiTutorQuotaPerMonth;

  @Column(name = "premium_courses", nullable = false)
  private boolean premiumCourses;

  @Column(name = "max_active_projects", nullable = false)
  private int maxActiveProjects;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Version private long version;

  protected Tier() {}

  /** Edits the tier; the checks mirror the table's so the admin sees a message, not an error. */
  public void update(TierTerms t, Long actor, Instant now) {
    if (t.name() == null || t.name().isBlank() || t.name().strip().length() > 60) {
      throw DomainException.invalid("name", "A name of 1 to 60 characters is needed.");
    }
    BigDecimal monthly = price("monthlyPrice", t.monthlyPrice());
    BigDecimal annual = price("annualPrice", t.annualPrice());
    if (isFree()) {
      if (monthly.signum() != 0 || annual.signum() != 0) {
        throw DomainException.invalid("monthlyPrice", "The FREE tier costs nothing.");
      }
      if (!t.active()) {
        throw DomainException.invalid("active", "The FREE tier cannot be switched off.");
      }
    } else if (monthly.signum() <= 0 || annual.signum() <= 0) {
      throw DomainException.invalid("monthlyPrice", "A paid tier needs prices above zero.");
    }
    if (t.aiTutorQuotaPerMonth() < 0 || t.maxActiveProjects() < 0) {
      throw DomainException.invalid("limits", "Limits cannot be negative.");
    }
    this.name = t.name().strip();
    this.monthlyPrice = monthly;
    this.annualPrice = annual;
    this.aiTutorQuotaPerMonth = t.aiTutorQuotaPerMonth();
    this.premiumCourses = t.premiumCourses();
    this.maxActiveProjects = t.maxActiveProjects();
    this.active = t.active();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  private static BigDecimal price(String field, BigDecimal p) {
    if (p == null || p.signum() < 0) {
      throw DomainException.invalid(field, "Enter a price of zero or more.");
    }
    if (p.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(field, "Prices have at most two decimals.");
    }
    return p.setScale(2);
  }

  public BigDecimal price(BillingInterval interval) {
    return interval == BillingInterval.ANNUAL ? annualPrice : monthlyPrice;
  }

  public boolean allows(Feature f) {
    return switch (f) {
      case PREMIUM_COURSES -> premiumCourses;
    };
  }

  public int limit(Limit l) {
    return switch (l) {
      case AI_TUTOR_QUOTA_PER_MONTH -> aiTutorQuotaPerMonth;
      case MAX_ACTIVE_PROJECTS -> maxActiveProjects;
    };
  }

  public boolean isFree() {
    return FREE.equals(code);
  }

  public TierTerms terms() {
    return new TierTerms(
        name,
        monthlyPrice,
        annualPrice,
        aiTutorQuotaPerMonth,
        premiumCourses,
        maxActiveProjects,
        active);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getRank() {
    return rank;
  }

  public BigDecimal getMonthlyPrice() {
    return monthlyPrice;
  }

  public BigDecimal getAnnualPrice() {
    return annualPrice;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
