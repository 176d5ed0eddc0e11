package com.azora.web.catalog;

import com.azora.catalog.domain.CourseDetails;
import com.azora.catalog.domain.CourseLevel;
import java.io.Serializable;
import java.math.BigDecimal;

/** The editable course fields as a form backs them (mutable, unlike {@link CourseDetails}). */
public class DetailsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private String description;
  private String category;
  private CourseLevel level = CourseLevel.BEGINNER;
  private String language = "en";
  private BigDecimal estimatedHours = BigDecimal.ONE;
  private BigDecimal price = BigDecimal.ZERO;
  private String currency = "USD";

  static DetailsForm of(CourseDetails d) {
    DetailsForm f = new DetailsForm();
    f.title = d.title();
    f.summary = d.summary();
    f.description = d.description();
    f.category = d.category();
    f.level = d.level();
    f.language = d.language();
    f.estimatedHours = d.estimatedHours();
    f.price = d.price();
    f.currency = d.currency();
    return f;
  }

  CourseDetails toDetails() {
    return new CourseDetails(
        title, summary, description, category, level, language, estimatedHours, price, currency);
  }

  public CourseLevel[] getLevels() {
    return CourseLevel.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public CourseLevel getLevel() {
    return level;
  }

  public void setLevel(CourseLevel level) {
    this.level = level;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public BigDecimal getEstimatedHours() {
    return estimatedHours;
  }

  public void setEstimatedHours(BigDecimal estimatedHours) {
    this.estimatedHours = estimatedHours;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
