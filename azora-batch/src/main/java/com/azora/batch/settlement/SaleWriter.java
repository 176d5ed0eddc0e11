package com.azora.batch.settlement;

import com.azora.batch.BatchRuns;
import com.azora.settlement.application.SettlementBook;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Settles a chunk of sales: one ledger posting and the settlement rows, in the chunk transaction.
 */
@Dependent
@Named("settlementSaleWriter")
public class SaleWriter extends AbstractItemWriter {

  @EJB private SettlementBook book;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void writeItems(List<Object> items) {
    book.settleSales(
        BatchRuns.businessDate(businessDate), items.stream().map(i -> (Long) i).toList());
  }
}
