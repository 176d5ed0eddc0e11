package com.azora.web.payout;

import com.azora.batch.BatchRuns;
import com.azora.batch.payout.PayoutConsole;
import com.azora.payout.application.PayoutAdminService;
import com.azora.payout.application.PayoutViews.BatchRow;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's payout batches, newest first, and "run payouts now" through the run guard. */
@Named
@ViewScoped
public class PayoutsAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PayoutConsole console;
  @EJB private PayoutAdminService payouts;

  private final PagedModel<BatchRow> table =
      new PagedModel<>((first, size) -> payouts.batches(first, size));

  public void runNow() {
    try {
      BatchRuns.Run run = console.runToday();
      Faces.info(
          "Payouts of "
              + run.businessDate()
              + ": "
              + run.status()
              + (run.executionId() == null ? "" : " (execution " + run.executionId() + ")")
              + ".");
    } catch (DomainException e) {
      Faces.show(e, "run");
    }
  }

  public List<BatchRuns.Run> getRuns() {
    return console.recent(5);
  }

  public boolean isRunning() {
    return getRuns().stream().anyMatch(BatchRuns.Run::running);
  }

  public boolean isDemo() {
    return ConfigKey.DEMO.asBoolean();
  }

  public PagedModel<BatchRow> getTable() {
    return table;
  }
}
