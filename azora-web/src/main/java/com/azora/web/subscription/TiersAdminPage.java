package com.azora.web.subscription;

import com.azora.platform.error.DomainException;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.application.TierAdminService;
import com.azora.subscription.domain.TierTerms;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Edits each tier's prices, features and limits in place. */
@Named
@ViewScoped
public class TiersAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TierAdminService tiers;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = tiers.tiers().stream().map(Row::new).toList();
  }

  public void save(Row row) {
    try {
      tiers.update(
          row.code,
          new TierTerms(
              row.name,
              row.monthlyPrice,
              row.annualPrice,
              row.aiTutorQuotaPerMonth,
              row.premiumCourses,
              row.maxActiveProjects,
              row.active),
          Faces.ip());
      Faces.info("Tier " + row.code + " saved.");
      load();
    } catch (DomainException e) {
      Faces.show(e, null);
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One tier's editable fields. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private String name;
    private BigDecimal monthlyPrice;
    private BigDecimal annualPrice;
    private int aiTutorQuotaPerMonth;
    private boolean premiumCourses;
    private int maxActiveProjects;
    private boolean active;

    Row(TierView t) {
      this.code = t.code();
      this.name = t.name();
      this.monthlyPrice = t.monthlyPrice();
      this.annualPrice = t.annualPrice();
      this.aiTutorQuotaPerMonth = t.aiTutorQuotaPerMonth();
      this.premiumCourses = t.premiumCourses();
      this.maxActiveProjects = t.maxActiveProjects();
      this.active = t.active();
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getMonthlyPrice() {
      return monthlyPrice;
    }

    public void setMonthlyPrice(BigDecimal monthlyPrice) {
      this.monthlyPrice = monthlyPrice;
    }

    public BigDecimal getAnnualPrice() {
      return annualPrice;
    }

    public void setAnnualPrice(BigDecimal annualPrice) {
      this.annualPrice = annualPrice;
    }

    public int getAiTutorQuotaPerMonth() {
      return aiTutorQuotaPerMonth;
    }

    public void setAiTutorQuotaPerMonth(int aiTutorQuotaPerMonth) {
      this.aiTutorQuotaPerMonth = aiTutorQuotaPerMonth;
    }

    public boolean isPremiumCourses() {
      return premiumCourses;
    }

    public void setPremiumCourses(boolean premiumCourses) {
      this.premiumCourses = premiumCourses;
    }

    public int getMaxActiveProjects() {
      return maxActiveProjects;
    }

    public void setMaxActiveProjects(int maxActiveProjects) {
      this.maxActiveProjects = maxActiveProjects;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }
}
