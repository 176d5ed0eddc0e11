package com.azora.batch.settlement;

import com.azora.batch.KeyedReader;
import com.azora.settlement.application.SettlementBook;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Receivables from refunds after settlement that were not reversed yet. */
@Dependent
@Named("settlementReceivableReader")
public class ReceivableReader extends KeyedReader {

  @EJB private SettlementBook book;

  @Inject
  @BatchProperty(name = "itemCount")
  private String itemCount;

  @Override
  protected List<Long> next(long after, int max) {
    return book.openReceivables(after, max);
  }

  @Override
  protected int pageSize() {
    return SettlementJob.itemCount(itemCount);
  }
}
