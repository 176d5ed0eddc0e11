package com.azora.web.admin;

import com.azora.platform.alert.AdminAlert;
import com.azora.platform.alert.AlertInbox;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Alerts raised for admins (failed ledger audits, failed jobs); any admin acknowledges one. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AlertInbox inbox;

  private boolean openOnly = true;
  private final PagedModel<AdminAlert> alerts =
      new PagedModel<>((first, size) -> inbox.page(openOnly, first, size));

  public void acknowledge(long id) {
    try {
      inbox.acknowledge(id);
      Faces.info("Alert acknowledged.");
    } catch (DomainException e) {
      Faces.show(e, "alerts");
    }
  }

  public PagedModel<AdminAlert> getAlerts() {
    return alerts;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
