package com.azora.web.payout;

import com.azora.batch.payout.PayoutConsole;
import com.azora.payout.application.PayoutAdminService;
import com.azora.payout.application.PayoutViews.BatchRow;
import com.azora.payout.application.PayoutViews.ItemRow;
import com.azora.platform.config.ConfigKey;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** One payout batch: its items, the bank CSV, and the admin's confirm / fail / retry actions. */
@Named
@ViewScoped
public class PayoutBatchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PayoutAdminService payouts;
  @EJB private PayoutConsole console;

  private Long id;
  private BatchRow data;
  private Long failItem;
  private String reason;

  private final PagedModel<ItemRow> items =
      new PagedModel<>((first, size) -> payouts.items(id, first, size));

  public void load() {
    try {
      if (id == null) {
        throw DomainException.notFound("No such payout batch.");
      }
      data = payouts.batch(id);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  public void confirm(long itemId) {
    act(() -> payouts.confirm(itemId), "Payout " + itemId + " confirmed paid.");
  }

  public void confirmAll() {
    try {
      int n = payouts.confirmBatch(id);
      Faces.info(n + " bank payouts confirmed paid.");
      data = payouts.batch(id);
    } catch (DomainException e) {
      Faces.show(e, "actions");
    }
  }

  public void retry(long itemId) {
    try {
      payouts.retryNow(itemId);
      console.run(data.businessDate());
      Faces.info("Payout " + itemId + " is being sent again.");
    } catch (DomainException e) {
      Faces.show(e, "actions");
    }
  }

  public void markFailed() {
    if (failItem == null) {
      Faces.error("fail:failItem", "Enter the payout's number.");
      return;
    }
    try {
      payouts.markFailed(failItem, reason);
      Faces.info("Payout " + failItem + " marked failed; the money is back with the instructor.");
      data = payouts.batch(id);
      failItem = null;
      reason = null;
    } catch (DomainException e) {
      Faces.show(e, "fail");
    }
  }

  private void act(Runnable r, String done) {
    try {
      r.run();
      Faces.info(done);
      data = payouts.batch(id);
    } catch (DomainException e) {
      Faces.show(e, "actions");
    }
  }

  public boolean isDemo() {
    return ConfigKey.DEMO.asBoolean();
  }

  public BatchRow getData() {
    return data;
  }

  public PagedModel<ItemRow> getItems() {
    return items;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getFailItem() {
    return failItem;
  }

  public void setFailItem(Long failItem) {
    this.failItem = failItem;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
