package com.azora.web.settlement;

import com.azora.batch.BatchRuns;
import com.azora.batch.settlement.SettlementConsole;
import com.azora.platform.error.DomainException;
import com.azora.settlement.application.SettlementAdminService;
import com.azora.settlement.application.SettlementViews.SettlementRow;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The admin's settlement desk: run settlement for a business date (the job starts through the batch
 * facade and its status shows below), recent runs, and settlements per period and instructor with
 * their CSV and PDF reports.
 */
@Named
@ViewScoped
public class SettlementsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementConsole console;
  @EJB private SettlementAdminService settlements;

  private LocalDate businessDate;
  private Integer itemCount;
  private LocalDate date;

  private final PagedModel<SettlementRow> table =
      new PagedModel<>((first, size) -> settlements.settlements(date, first, size));

  public void start() {
    try {
      BatchRuns.Run run = console.run(businessDate, itemCount);
      Faces.info(
          "Settlement of "
              + run.businessDate()
              + ": "
              + run.status()
              + (run.executionId() == null ? "" : " (execution " + run.executionId() + ")")
              + ".");
    } catch (DomainException e) {
      Faces.show(e, "run");
    }
  }

  /** The newest runs, their status read fresh from the batch runtime. */
  public List<BatchRuns.Run> getRuns() {
    return console.recent(10);
  }

  public boolean isRunning() {
    return getRuns().stream().anyMatch(BatchRuns.Run::running);
  }

  public PagedModel<SettlementRow> getTable() {
    return table;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public void setBusinessDate(LocalDate businessDate) {
    this.businessDate = businessDate;
  }

  public Integer getItemCount() {
    return itemCount;
  }

  public void setItemCount(Integer itemCount) {
    this.itemCount = itemCount;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
