package com.azora.batch.payout;

import com.azora.batch.BatchRuns;
import com.azora.payout.application.PayoutBook;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Plans a chunk of payouts: item rows and their reserve postings, in the chunk transaction. */
@Dependent
@Named("payoutReserveWriter")
public class ReserveWriter extends AbstractItemWriter {

  @EJB private PayoutBook book;

  @Inject
  @BatchProperty(name = "businessDate")
  private String businessDate;

  @Override
  public void writeItems(List<Object> items) {
    book.reserve(BatchRuns.businessDate(businessDate), items.stream().map(i -> (Long) i).toList());
  }
}
