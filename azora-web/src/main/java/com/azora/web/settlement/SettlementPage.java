package com.azora.web.settlement;

import com.azora.platform.error.DomainException;
import com.azora.settlement.application.SettlementAdminService;
import com.azora.settlement.application.SettlementViews.ItemRow;
import com.azora.settlement.application.SettlementViews.SettlementRow;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** One settlement (a period, an instructor, a currency) and the items it covers. */
@Named
@ViewScoped
public class SettlementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementAdminService settlements;

  private Long id;
  private SettlementRow data;

  private final PagedModel<ItemRow> items =
      new PagedModel<>((first, size) -> settlements.items(id, first, size));

  public void load() {
    try {
      if (id == null) {
        throw DomainException.notFound("No such settlement.");
      }
      data = settlements.settlement(id);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  public SettlementRow getData() {
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
}
