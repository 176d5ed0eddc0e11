package com.azora.web.token;

import com.azora.platform.error.DomainException;
import com.azora.token.application.RewardRulesService;
import com.azora.token.domain.QuizBand;
import com.azora.token.domain.RewardRules;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The admin edits reward amounts, quiz score bands and the daily cap; runs the catch-up. */
@Named
@ViewScoped
public class RewardRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An editable band row. */
  public static class BandRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal amount;

    public BigDecimal getMin() {
      return min;
    }

    public void setMin(BigDecimal min) {
      this.min = min;
    }

    public BigDecimal getMax() {
      return max;
    }

    public void setMax(BigDecimal max) {
      this.max = max;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  @EJB private RewardRulesService service;

  private BigDecimal lessonCompleted;
  private BigDecimal courseCompleted;
  private BigDecimal dailyStreak;
  private BigDecimal dailyCap;
  private final List<BandRow> bands = new ArrayList<>();

  @PostConstruct
  void load() {
    show(service.rules());
  }

  private void show(RewardRules r) {
    lessonCompleted = r.lessonCompleted();
    courseCompleted = r.courseCompleted();
    dailyStreak = r.dailyStreak();
    dailyCap = r.dailyCap();
    bands.clear();
    for (QuizBand b : r.quizBands()) {
      BandRow row = new BandRow();
      row.min = b.min();
      row.max = b.max();
      row.amount = b.amount();
      bands.add(row);
    }
  }

  public void save() {
    List<QuizBand> list = new ArrayList<>();
    for (BandRow b : bands) {
      if (b.min == null || b.max == null || b.amount == null) {
        Faces.error("rules:bands", "Fill in every band's scores and amount, or remove the band.");
        return;
      }
      list.add(new QuizBand(b.min, b.max, b.amount));
    }
    try {
      show(service.save(lessonCompleted, courseCompleted, dailyStreak, dailyCap, list));
      Faces.info("Reward rules saved; the next reward uses them.");
    } catch (DomainException e) {
      Faces.show(e, "rules");
    }
  }

  public void addBand() {
    bands.add(new BandRow());
  }

  public void removeBand(BandRow row) {
    bands.remove(row);
  }

  public void catchUp() {
    int n = service.catchUpNow();
    Faces.info("Catch-up settled " + n + " learning event" + (n == 1 ? "" : "s") + ".");
  }

  public List<BandRow> getBands() {
    return bands;
  }

  public BigDecimal getLessonCompleted() {
    return lessonCompleted;
  }

  public void setLessonCompleted(BigDecimal v) {
    this.lessonCompleted = v;
  }

  public BigDecimal getCourseCompleted() {
    return courseCompleted;
  }

  public void setCourseCompleted(BigDecimal v) {
    this.courseCompleted = v;
  }

  public BigDecimal getDailyStreak() {
    return dailyStreak;
  }

  public void setDailyStreak(BigDecimal v) {
    this.dailyStreak = v;
  }

  public BigDecimal getDailyCap() {
    return dailyCap;
  }

  public void setDailyCap(BigDecimal v) {
    this.dailyCap = v;
  }
}
