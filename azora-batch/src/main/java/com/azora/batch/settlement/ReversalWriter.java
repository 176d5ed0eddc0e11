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
 * Reverses a chunk of receivables out of available balances; those a balance cannot cover stay open
 * for a later run.
 */
@Dependent
@Named("settlementReversalWriter")
public class ReversalWriter extends AbstractItemWriter {

  @EJB private SettlementBook book;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void writeItems(List<Object> items) {
    book.reverseReceivables(
        BatchRuns.businessDate(businessDate), items.stream().map(i -> (Long) i).toList());
  }
}
