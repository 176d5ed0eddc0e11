package com.azora.web.ledger;

import com.azora.ledger.application.LedgerExplorerService;
import com.azora.ledger.application.LedgerViews.TransactionDetail;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** One ledger transaction with its entries, hashes and reversals. */
@Named
@RequestScoped
public class LedgerTransactionPage {

  @EJB private LedgerExplorerService explorer;

  private long id;
  private TransactionDetail data;

  public void load() {
    try {
      data = explorer.transaction(id);
    } catch (DomainException e) {
      Faces.notFound(e.getMessage());
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public TransactionDetail getData() {
    return data;
  }
}
